const s = 'abc'
console.log(s[0], s[2], s[3], s[-1], s['1'], s[1.0], s['01'])
console.log(Object.keys(s), 0 in Object(s), 3 in Object(s))
console.log(Object.getOwnPropertyDescriptor(s, 1))
console.log(s['length'], s[s.length - 1], 'abc'[Symbol.iterator] === String.prototype[Symbol.iterator])

const o = {}
Array.prototype.push.call(o, 'a', 'b')
console.log(o)
const withLen = { length: 5 }
Array.prototype.push.call(withLen, 'x')
console.log(withLen)
const badLen = { length: 'abc' }
Array.prototype.push.call(badLen, 'y')
console.log(badLen)
Array.prototype.unshift.call(o, 'first')
console.log(o)

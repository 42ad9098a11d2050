const s1 = Symbol('first'), s2 = Symbol('second')
const o = { z: 1, [s2]: 's2', 10: 'ten', a: 2, 2: 'two', [s1]: 's1', '1': 'one', b: 3 }
console.log(Object.keys(o))
console.log(Object.getOwnPropertyNames(o))
console.log(Object.getOwnPropertySymbols(o))
console.log(JSON.stringify(o))
console.log(Object.values(o))

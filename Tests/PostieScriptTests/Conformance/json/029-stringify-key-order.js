const o = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol()]: 'sym' }
console.log(JSON.stringify(o))
const m = {}
m.z = 1; m[10] = 2; m.y = 3; m[5] = 4
console.log(JSON.stringify(m), JSON.stringify(Object.keys(m)))

const o = { a: 1, b: 2, c: 3 }
delete o.a
o.a = 'back'
console.log(Object.keys(o))
o.b = 'overwrite keeps position'
console.log(JSON.stringify(o))
const n = { 3: 'c', 1: 'a' }
delete n[1]
n[1] = 'a again'
console.log(Object.keys(n))

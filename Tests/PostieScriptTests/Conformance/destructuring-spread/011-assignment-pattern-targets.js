const obj = {}
const arr = []
;({ a: obj.x, b: arr[0], c: obj['y-z'] = 'dflt' } = { a: 1, b: 2 })
console.log(obj, arr)
let p, q
;({ p, q = p * 2 } = { p: 5 })
console.log(p, q)
;[obj.first, ...obj.rest] = 'abc'
console.log(obj.first, obj.rest)

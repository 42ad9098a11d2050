const o = { a: { b: 1 } }
console.log(delete o?.a?.b, o)
let n = null
console.log(delete n?.b, delete n?.b.c.d)
const arr = [1, 2]
console.log(delete arr?.[0], arr)

const a = { name: 'a' }
a.self = a
console.log(a)
const b = { list: [] }
b.list.push(b)
console.log(b)
const c = { x: {} }
c.x.back = c
c.y = c.x
console.log(c)
const arr = [1]
arr.push(arr)
console.log(arr)

const a = [1, , 3, , 5]
const removed = a.splice(1, 2)
console.log(removed, removed.length, 0 in removed, a)
const b = [, , 'x']
b.splice(0, 0, 'new')
console.log(b, Object.keys(b))

const a = [1, 2, 3, 4, 5]
console.log(a.splice(1, 2), a)
console.log(a.splice(1, 0, 'x', 'y'), a)
console.log(a.splice(-2), a)
console.log(a.splice(1), a)
const b = ['a', 'b', 'c']
console.log(b.splice(), b.splice(undefined), b)

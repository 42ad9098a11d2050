console.log(Array(4).fill(0))
console.log([1, 2, 3, 4, 5].fill('x', 1, 3))
console.log([1, 2, 3, 4, 5].fill('y', -2))
console.log([1, 2, 3].fill('z', 5), [1, 2, 3].fill('w', -10, -2))
const shared = Array(2).fill({})
shared[0].mark = 'same object'
console.log(shared)
console.log([1, 2].fill(), Array.prototype.fill.call({ length: 2 }, 'o'))

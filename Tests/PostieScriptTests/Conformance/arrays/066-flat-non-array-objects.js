const arrayLike = { length: 2, 0: 'x', 1: 'y' }
console.log([arrayLike, [1]].flat())
console.log([[1, [2]], 'str', [[3]]].flat(1).length)
console.log([new Set([1]), [new Map()]].flat().map(x => x.constructor.name))
const sparse = [[1, , 3], , [[4, , 6]]]
console.log(sparse.flat(Infinity))

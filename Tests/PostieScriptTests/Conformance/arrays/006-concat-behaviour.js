console.log([1].concat(2, [3, [4]], 'str', null))
console.log([1, , 3].concat([, 5]))
const likeArray = { length: 2, 0: 'x', 1: 'y' }
console.log([0].concat(likeArray))
likeArray[Symbol.isConcatSpreadable] = true
console.log([0].concat(likeArray))
const notSpread = [7, 8]
notSpread[Symbol.isConcatSpreadable] = false
console.log([0].concat(notSpread).length)

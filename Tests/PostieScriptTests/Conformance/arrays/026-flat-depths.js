const nested = [1, [2, [3, [4, [5]]]]]
console.log(nested.flat())
console.log(nested.flat(2))
console.log(nested.flat(Infinity))
console.log(nested.flat(0), nested.flat(-1))
console.log([1, , 3, [, 5]].flat())
console.log([[]].flat(), [[[]]].flat(), ['ab', ['c']].flat())

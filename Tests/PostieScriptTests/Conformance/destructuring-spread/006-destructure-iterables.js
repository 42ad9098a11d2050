const [c1, c2] = 'ab'
const [s1, s2] = new Set(['x', 'y', 'x'])
const [[k1, v1], second] = new Map([['one', 1], ['two', 2]])
console.log(c1, c2, s1, s2, k1, v1, second)
const [first, ...restOfMap] = new Map([[1, 'a'], [2, 'b'], [3, 'c']]).values()
console.log(first, restOfMap)

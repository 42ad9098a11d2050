const a = [3, 1, 2]
const sorted = a.sort()
console.log(sorted === a, a)
const arrLike = { length: 3, 0: 'c', 1: 'a', 2: 'b' }
console.log(Array.prototype.sort.call(arrLike))
try { [1, 2].sort('not a function') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log([2, 1].sort(undefined))

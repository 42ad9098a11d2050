const arrayLike = { 0: 'a', 1: 'b', length: 2 }
try {
  const [x] = arrayLike
} catch (e) { console.log(e.name + ': ' + e.message) }
const [x, y] = Array.from(arrayLike)
console.log(x, y)
const { 0: first, length } = arrayLike
console.log(first, length)

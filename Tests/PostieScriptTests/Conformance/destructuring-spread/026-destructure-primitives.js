const { length, 0: firstChar } = 'xyz'
console.log(length, firstChar)
const { toString } = true
console.log(toString === Boolean.prototype.toString)
const { constructor: { name } } = 42
console.log(name)
const [a, b] = 'ok'
console.log(a + b)

const [a, b = a * 2, c = a + b] = [1]
console.log(a, b, c)
const { x = 1, y = x + 1 } = {}
console.log(x, y)
try {
  const [p = q, q = 1] = []
} catch (e) { console.log(e.name + ': ' + e.message) }

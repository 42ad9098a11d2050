function f(a = b, b = 1) { return [a, b] }
try {
  f()
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
console.log(f(5))
function g(a = a) { return a }
try { g() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(g(3))

function f(first, ...rest) { return [first, rest, Array.isArray(rest), rest.length] }
console.log(f(1, 2, 3))
console.log(f())
console.log(f.length, ((...all) => all).length)
const g = (...args) => args.reduce((a, b) => a + b, 0)
console.log(g(1, 2, 3, 4))
try { eval('(function (...a, b) {})') } catch (e) { console.log(e.name + ': ' + e.message) }

const f = new Function('a, b', 'c = 3', 'return a + b + c')
console.log(f(1, 2), f.length)
const g = new Function('...xs', 'return xs.length')
console.log(g(1, 2, 3))
try { new Function('a', 'return a +') } catch (e) { console.log(e.name + ': ' + e.message) }
const h = Function('{ a, b }', 'return a * b')
console.log(h({ a: 6, b: 7 }))

function f(a, b = 2) { return arguments.length }
console.log(f(), f(1), f(1, 2), f(1, 2, 3))
function g(a, b = 2) { return [a, b] }
console.log(g.length, g(...[]), g(...[1]))
const h = function (a, b = 2, ...c) { return arguments.length + c.length }
console.log(h.length, h(1, 2, 3, 4))

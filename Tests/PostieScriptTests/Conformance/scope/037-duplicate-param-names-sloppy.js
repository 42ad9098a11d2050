function f(a, a) { return a }
console.log(f(1, 2), f(1))
function g(a, b, a) { return [a, b, arguments.length] }
console.log(g(1, 2, 3))
try { eval('(function (a, a) { "use strict" })') } catch (e) { console.log(e.name + ': ' + e.message) }

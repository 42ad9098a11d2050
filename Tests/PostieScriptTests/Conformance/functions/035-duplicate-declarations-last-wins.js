function f() { return 'first' }
console.log(f())
function f() { return 'second' }
console.log(f())
var g = function () { return 'expr' }
function g() { return 'decl' }
console.log(g())

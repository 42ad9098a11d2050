function f(a, b) {
  a = 'new a'
  return [arguments[0], arguments[1]]
}
console.log(f('old a', 'b'))
function g(x) { x++; return arguments[0] }
console.log(g(1))

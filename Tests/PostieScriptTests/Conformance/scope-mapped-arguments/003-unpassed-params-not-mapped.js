function f(a, b) {
  arguments[1] = 'set via arguments'
  b = 'set via param'
  return [b, arguments[1], arguments.length]
}
console.log(f(1))
function g(a, b) { b = 2; return [arguments.length, 1 in arguments] }
console.log(g(1))

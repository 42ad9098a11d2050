function f(a) {
  delete arguments[0]
  arguments[0] = 'after delete'
  return [a, arguments[0]]
}
console.log(f('orig'))
function g(a) {
  arguments.length = 0
  a = 'changed'
  return [arguments[0], arguments.length]
}
console.log(g('orig'))
function h(a) { return arguments.callee === h }
console.log(h())

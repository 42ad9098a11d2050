function f(a = 0) {
  a = 'changed'
  return arguments[0]
}
console.log(f('orig'))
function g(a, ...rest) { arguments[0] = 'x'; return a }
console.log(g('orig'))
function h({ p }) { arguments[0] = null; return p }
console.log(h({ p: 'destructured' }))

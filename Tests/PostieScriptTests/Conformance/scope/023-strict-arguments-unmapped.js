function f(a) {
  'use strict'
  a = 'changed'
  return [a, arguments[0]]
}
console.log(f('original'))
function g(a) {
  'use strict'
  arguments[0] = 'changed'
  return [a, arguments[0]]
}
console.log(g('original'))
function h(...rest) { arguments[0] = 'x'; return rest[0] }
console.log(h('y'))

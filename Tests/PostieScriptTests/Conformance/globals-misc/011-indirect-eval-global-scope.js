var moduleVar = 'module-level'
function f() {
  const local = 'local'
  const indirect = eval
  return [indirect('typeof local'), (0, eval)('typeof local'), (0, eval)('typeof moduleVar'), eval('typeof local')]
}
console.log(f())
;(0, eval)('var globalFromIndirect = "on global"')
console.log(globalThis.globalFromIndirect, typeof globalFromIndirect)
console.log((0, eval)('typeof this'), (0, eval)('this === globalThis'))

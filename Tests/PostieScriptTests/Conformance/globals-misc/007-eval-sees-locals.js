function f() {
  const local = 'visible'
  let counter = 1
  eval('counter += 10')
  return [eval('local'), counter, eval('typeof local')]
}
console.log(f())
function g(param) { return eval('param * 2') }
console.log(g(21))

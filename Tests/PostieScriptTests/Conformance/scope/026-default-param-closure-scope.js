var x = 'outer'
function f(a = () => x) {
  var x = 'inner'
  return a()
}
console.log(f())
function g(a = () => typeof y) {
  var y = 1
  return a()
}
console.log(g())

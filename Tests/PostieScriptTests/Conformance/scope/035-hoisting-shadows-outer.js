var x = 'outer'
function f() {
  console.log(x)
  var x = 'inner'
  console.log(x)
}
f()
function g() {
  console.log(typeof x)
  function x() {}
}
g()

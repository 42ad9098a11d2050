console.log(square(4))
function square(n) { return n * n }
console.log(typeof later)
function outer() {
  return inner()
  function inner() { return 'inner hoisted' }
}
console.log(outer())
var later = function () {}

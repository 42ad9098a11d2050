function one() {
  {
    function f() { return 1 }
    f = 2
  }
  return typeof f
}
function two() {
  {
    f = 2
    function f() { return 1 }
  }
  return typeof f
}
console.log(one(), two())
function three() {
  {
    function f() { return 'block' }
  }
  return f()
}
console.log(three())

function f() {
  return
  42
}
function g() {
  return 42
}
console.log(f())
console.log(g())
console.log(typeof f())

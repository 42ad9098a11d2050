function f() {
  return /*
  */ 5
}
function g() {
  return /* same line */ 5
}
console.log(f())
console.log(g())

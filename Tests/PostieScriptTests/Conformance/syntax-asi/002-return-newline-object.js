function f() {
  return
  { a: 1 }
}
function g() {
  return {
    a: 1
  }
}
console.log(f())
console.log(g())
console.log(JSON.stringify(g()))

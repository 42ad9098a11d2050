function f() {
  eval('var declared = 5')
  return typeof declared === 'number' ? declared : 'missing'
}
console.log(f())
function g() {
  eval('function inner() { return "hoisted from eval" }')
  return inner()
}
console.log(g())
function h() { eval('let scoped = 1; const c = 2'); return [typeof scoped, typeof c] }
console.log(h())

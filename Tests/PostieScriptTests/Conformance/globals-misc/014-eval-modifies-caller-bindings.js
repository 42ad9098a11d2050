function f() {
  var a = 1
  let b = 2
  const c = 3
  eval('a = 10; b = 20')
  try { eval('c = 30') } catch (e) { return [a, b, c, e.name + ': ' + e.message] }
}
console.log(f())
function g() { var x = 'outer'; { let x = 'block'; eval('x = "from eval"'); var r = x } return [x, r] }
console.log(g())

function f() {
  try { return 'try' } finally { return 'finally' }
}
function g() {
  try { throw new Error('lost') } catch (e) { return 'catch' } finally { return 'finally wins' }
}
function h() {
  let x = 1
  try { return x } finally { x = 2 }
}
console.log(f(), g(), h())

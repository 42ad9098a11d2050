function f() {
  try { throw new Error('swallowed') } finally { return 'returned from finally' }
}
console.log(f())
function g() {
  for (let i = 0; i < 3; i++) {
    try { throw i } finally { continue }
  }
  return 'loop completed'
}
console.log(g())

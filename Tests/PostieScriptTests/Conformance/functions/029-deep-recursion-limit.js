function down(n) { return n === 0 ? 'bottom' : down(n - 1) }
console.log(down(8000))
let depth = 0
function unbounded() { depth++; unbounded() }
try { unbounded() } catch (e) {
  console.log(e instanceof RangeError, e.message, depth > 1000)
}

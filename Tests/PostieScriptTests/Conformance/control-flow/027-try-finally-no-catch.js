const log = []
function f() {
  try {
    log.push('try')
    throw new Error('propagates')
  } finally {
    log.push('finally')
  }
}
try { f() } catch (e) { log.push('outer: ' + e.message) }
console.log(log)

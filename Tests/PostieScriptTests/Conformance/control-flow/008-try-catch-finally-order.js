const log = []
function run(shouldThrow) {
  try {
    log.push('try')
    if (shouldThrow) throw new Error('boom')
    log.push('try end')
  } catch (e) {
    log.push('catch ' + e.message)
  } finally {
    log.push('finally')
  }
  log.push('after')
}
run(false); run(true)
console.log(log)

const log = []
try {
  try {
    throw 'A'
  } catch (e) {
    log.push('inner catch ' + e)
    throw 'B'
  } finally {
    log.push('inner finally')
  }
} catch (e) {
  log.push('outer catch ' + e)
} finally {
  log.push('outer finally')
}
console.log(log)

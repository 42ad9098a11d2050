const log = []
async function work() {
  try {
    log.push('try')
    await null
    log.push('after await in try')
    return 'returned'
  } finally {
    log.push('finally start')
    await null
    log.push('finally end')
  }
}
work().then(v => { log.push('resolved ' + v); console.log(log) })
log.push('sync after call')

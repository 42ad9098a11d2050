const log = []
block: {
  log.push('start')
  if (log.length) break block
  log.push('never')
}
log.push('after block')
named: if (true) { log.push('in if'); break named }
console.log(log)

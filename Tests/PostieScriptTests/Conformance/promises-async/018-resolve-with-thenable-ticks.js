const log = []
new Promise(r => r(Promise.resolve())).then(() => log.push('resolved with native promise'))
new Promise(r => r({ then(res) { res() } })).then(() => log.push('resolved with thenable'))
new Promise(r => r()).then(() => log.push('resolved with undefined'))
Promise.resolve()
  .then(() => log.push('tick 1'))
  .then(() => log.push('tick 2'))
  .then(() => log.push('tick 3'))
  .then(() => console.log(log))

const log = []
async function returnsValue() { return 'v' }
async function returnsPromise() { return Promise.resolve('p') }
returnsPromise().then(() => log.push('returned promise resolved'))
returnsValue().then(() => log.push('returned value resolved'))
Promise.resolve()
  .then(() => log.push('tick 1'))
  .then(() => log.push('tick 2'))
  .then(() => log.push('tick 3'))
  .then(() => log.push('tick 4'))
  .then(() => console.log(log))

const log = []
async function awaitNative() { await Promise.resolve(); log.push('after await native promise') }
awaitNative()
Promise.resolve()
  .then(() => log.push('tick 1'))
  .then(() => log.push('tick 2'))
  .then(() => log.push('tick 3'))
  .then(() => console.log(log))

const log = []
Promise.reject(new Error('bad'))
  .then(() => log.push('then 1'))
  .then(() => log.push('then 2'), null)
  .finally(() => log.push('finally'))
  .then(null, e => log.push('handled ' + e.message))
  .then(() => console.log(log))

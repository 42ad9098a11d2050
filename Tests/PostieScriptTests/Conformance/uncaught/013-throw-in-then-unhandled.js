// Uncaught: a JSON.parse failure inside a then callback with no catch.
console.log('chain start')
Promise.resolve('data')
  .then(d => { console.log('got', d); return JSON.parse('{bad json') })
  .then(() => console.log('never'))

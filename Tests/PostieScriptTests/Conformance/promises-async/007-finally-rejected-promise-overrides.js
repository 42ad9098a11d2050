Promise.resolve('original')
  .finally(() => Promise.reject(new Error('from finally promise')))
  .then(v => console.log('unexpected', v), e => console.log('rejected with', e.message))
const order = []
Promise.resolve('x')
  .finally(() => new Promise(r => setTimeout(() => { order.push('finally waited'); r() }, 5)))
  .then(v => { order.push('then ' + v); console.log(order) })

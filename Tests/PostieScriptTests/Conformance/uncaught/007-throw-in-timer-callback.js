// Uncaught: an exception inside a timer callback, after the microtask queue drained.
console.log('scheduling')
setTimeout(() => {
  console.log('timer fired')
  null.boom
}, 0)
Promise.resolve().then(() => console.log('microtask ran first'))

setTimeout(() => {
  console.log('timeout 1')
  Promise.resolve().then(() => console.log('promise inside timeout 1'))
  setTimeout(() => console.log('timeout scheduled inside timeout 1'), 0)
}, 0)
setTimeout(() => console.log('timeout 2'), 0)
Promise.resolve().then(() => {
  console.log('promise 1')
  setTimeout(() => console.log('timeout from promise'), 0)
})

const p = Promise.reject(new Error('handled later in same tick'))
console.log('created rejected promise')
queueMicrotask(() => {
  p.catch(e => console.log('caught:', e.message))
})

// Uncaught: calling a missing method.
const api = { get() { return 'ok' } }
console.log(api.get())
api.post('/x')
console.log('not reached')

let gets = 0
const t = { get then() { gets++; return r => r('via getter') } }
Promise.resolve(t).then(v => console.log(v, 'then getter read', gets, 'time(s)'))
const bad = { get then() { throw new Error('getter threw') } }
Promise.resolve(bad).catch(e => console.log('rejected:', e.message))

const m = new Map([['x', 10], ['y', 20]])
const ctx = { prefix: '>' }
m.forEach(function (value, key, map) {
  console.log(this.prefix, key, value, map === m)
}, ctx)
const order = []
m.forEach((v, k) => { order.push(k); if (k === 'x') m.set('z', 30) })
console.log(order, m.forEach.length)

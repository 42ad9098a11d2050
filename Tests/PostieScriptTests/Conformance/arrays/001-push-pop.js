const a = []
console.log(a.push(1), a.push(2, 3), a)
console.log(a.pop(), a.pop(), a, a.length)
console.log([].pop(), a.push(), a)
const o = { length: 2, 0: 'x', 1: 'y' }
console.log(Array.prototype.push.call(o, 'z'), o)
console.log(Array.prototype.pop.call({}), Array.prototype.pop.call({ length: '2', 1: 'last' }))

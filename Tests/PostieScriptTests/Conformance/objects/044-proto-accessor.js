const o = {}
o.__proto__ = { via: 'accessor' }
console.log(o.via, Object.keys(o))
console.log(o.__proto__ === Object.getPrototypeOf(o))
o.__proto__ = 5
console.log(o.via)
const desc = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__')
console.log(typeof desc.get, typeof desc.set, desc.enumerable)
const n = Object.create(null)
n.__proto__ = 'plain property'
console.log(Object.keys(n), Object.getPrototypeOf(n))

const o = { a: 1, b: [2], c: { d: 3 } }
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false })
o[Symbol('s')] = 'sym'
console.log(Object.keys(o))
console.log(Object.values(o))
console.log(Object.entries(o))
const child = Object.create({ inherited: 1 })
child.own = 2
console.log(Object.keys(child), Object.entries(child))

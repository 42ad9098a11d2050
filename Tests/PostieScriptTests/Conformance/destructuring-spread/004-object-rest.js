const sym = Symbol('s')
const src = { a: 1, b: 2, c: 3, [sym]: 'symbol', 10: 'ten' }
Object.defineProperty(src, 'hidden', { value: 'h', enumerable: false })
const { a, ...rest } = src
console.log(a, rest)
console.log(Object.getPrototypeOf(rest) === Object.prototype, 'hidden' in rest)
const proto = { inherited: true }
const child = Object.create(proto, { own: { value: 1, enumerable: true } })
const { ...copy } = child
console.log(copy)

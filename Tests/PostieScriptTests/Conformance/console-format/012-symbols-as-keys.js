const s = Symbol('key')
console.log({ [s]: 1, normal: 2 })
console.log({ [Symbol()]: 'no desc', [Symbol.iterator]: 'well-known' })
console.log([Symbol('in array')], { v: Symbol('as value') })
const hidden = {}
Object.defineProperty(hidden, Symbol('nonenum'), { value: 1, enumerable: false })
console.log(hidden)

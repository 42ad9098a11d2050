function* gen() { yield 1 }
const g = gen()
console.log(g[Symbol.iterator]() === g, typeof g.next, typeof g.return, typeof g.throw)
console.log(Object.getPrototypeOf(g) === gen.prototype, Object.getPrototypeOf(gen) === Object.getPrototypeOf(function* () {}))
console.log(gen.constructor.name, g.toString(), String(gen).startsWith('function* gen'))
console.log(g)

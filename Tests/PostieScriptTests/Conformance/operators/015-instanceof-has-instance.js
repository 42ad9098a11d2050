class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0 }
}
console.log(2 instanceof Even, 3 instanceof Even)
const Truthy = { [Symbol.hasInstance](v) { return !!v } }
console.log(1 instanceof Truthy, 0 instanceof Truthy, '' instanceof Truthy)
const f = function () {}
Object.defineProperty(f, Symbol.hasInstance, { value: () => 'yes' })
console.log({} instanceof f)
console.log(typeof Function.prototype[Symbol.hasInstance])

const key = 'dyn'
class Coll {
  constructor() { this.items = ['a', 'b'] }
  [key + 'amic']() { return 'dynamic method' }
  [Symbol.iterator]() { let i = 0; const items = this.items; return { next: () => ({ done: i >= items.length, value: items[i++] }) } }
  static ['make' + 'One']() { return new Coll() }
}
const c = Coll.makeOne()
console.log(c.dynamic(), [...c], Array.from(c).length)
console.log(Object.getOwnPropertyNames(Coll.prototype))

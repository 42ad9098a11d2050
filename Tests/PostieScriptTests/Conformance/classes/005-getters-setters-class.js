class Temperature {
  constructor(c) { this._c = c }
  get fahrenheit() { return this._c * 1.8 + 32 }
  set fahrenheit(f) { this._c = (f - 32) / 1.8 }
}
const t = new Temperature(100)
console.log(t.fahrenheit)
t.fahrenheit = 32
console.log(t._c, Object.keys(t))
const desc = Object.getOwnPropertyDescriptor(Temperature.prototype, 'fahrenheit')
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable)

const base = { greet() { return 'hello from base' } }
const derived = {
  __proto__: base,
  greet() { return super.greet() + ' via derived' }
}
console.log(derived.greet())
const other = { greet: derived.greet }
console.log(other.greet())
const plainFn = { greet: function () { return typeof this.greet } }
console.log(plainFn.greet())

class Collection {
  static [Symbol.hasInstance](x) { return Array.isArray(x) }
  get [Symbol.toStringTag]() { return 'Collection' }
}
console.log([] instanceof Collection, {} instanceof Collection, String(new Collection()))
const fn = () => {}
fn[Symbol.for('meta')] = 'attached'
console.log(fn[Symbol.for('meta')], Object.getOwnPropertySymbols(fn).length)

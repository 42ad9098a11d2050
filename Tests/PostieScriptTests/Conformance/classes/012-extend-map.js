class DefaultMap extends Map {
  constructor(fallback, entries) { super(entries); this.fallback = fallback }
  get(key) { return this.has(key) ? super.get(key) : this.fallback }
}
const m = new DefaultMap(0, [['a', 1]])
m.set('b', 2)
console.log(m.get('a'), m.get('b'), m.get('zzz'), m.size)
console.log([...m.keys()], m instanceof Map)

const o = {}
let store = 0
Object.defineProperty(o, 'v', { get() { return store * 10 }, set(x) { store = x }, enumerable: true })
o.v = 4
console.log(o.v, store, Object.keys(o))
const desc = Object.getOwnPropertyDescriptor(o, 'v')
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable)

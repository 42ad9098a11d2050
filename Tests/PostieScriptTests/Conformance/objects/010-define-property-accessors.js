const o = {}
let backing = 'initial'
Object.defineProperty(o, 'prop', {
  get() { return backing.toUpperCase() },
  set(v) { backing = v },
  enumerable: true,
  configurable: true
})
o.prop = 'changed'
console.log(o.prop, Object.keys(o), JSON.stringify(o))
Object.defineProperty(o, 'getOnly', { get: () => 42 })
o.getOnly = 0
console.log(o.getOnly)
try { Object.defineProperty(o, 'bad', { get() {}, value: 1 }) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Object.defineProperty(o, 'bad2', { get: 5 }) } catch (e) { console.log(e.name + ': ' + e.message) }

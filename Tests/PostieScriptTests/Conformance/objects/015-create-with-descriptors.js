const proto = { greet() { return 'hi ' + this.name } }
const o = Object.create(proto, {
  name: { value: 'Zed', enumerable: true },
  secret: { value: 's', enumerable: false, writable: true },
  loud: { get() { return this.name.toUpperCase() } }
})
console.log(o.greet(), o.loud, Object.keys(o), o.secret)
console.log(Object.getOwnPropertyDescriptor(o, 'name'))
try { Object.create(5) } catch (e) { console.log(e.name + ': ' + e.message) }

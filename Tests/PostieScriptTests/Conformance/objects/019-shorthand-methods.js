const o = {
  method() { return 'm' },
  'quoted name'() { return 'q' },
  42() { return 'num' },
  async am() {},
  get g() { return 'g' }
}
console.log(o.method(), o['quoted name'](), o[42](), o.g)
console.log(o.method.name, o['quoted name'].name, o[42].name)
console.log(o.method.hasOwnProperty('prototype'))
try { new o.method() } catch (e) { console.log(e.name + ': ' + e.message) }

const o = { own: undefined }
console.log(o.hasOwnProperty('own'), o.hasOwnProperty('toString'), 'toString' in o)
const shadow = { hasOwnProperty() { return 'fake' } }
console.log(shadow.hasOwnProperty('x'), Object.prototype.hasOwnProperty.call(shadow, 'hasOwnProperty'))
console.log([1].hasOwnProperty(0), [1].hasOwnProperty('length'), 'ab'.hasOwnProperty(1))
console.log(Object.prototype.hasOwnProperty.call(Object.create(null), 'x'))
try { Object.prototype.hasOwnProperty.call(null, 'x') } catch (e) { console.log(e.name + ': ' + e.message) }

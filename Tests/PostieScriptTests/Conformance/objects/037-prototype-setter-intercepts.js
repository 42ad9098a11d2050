const proto = {
  set value(v) { this._stored = 'via proto setter: ' + v }
}
const o = Object.create(proto)
o.value = 5
console.log(o.hasOwnProperty('value'), o._stored)
Object.defineProperty(o, 'value', { value: 'own now', writable: true, enumerable: true, configurable: true })
o.value = 6
console.log(o.value, o._stored)

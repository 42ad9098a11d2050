const o = { get x() { return 1 }, set x(v) {} }
const d = Object.getOwnPropertyDescriptor(o, 'x')
console.log(d.get.name, d.set.name)
console.log(new Function('return 1').name)
console.log(Function.prototype.name === '', (async function af() {}).name)
class K { static s() {} get g() { return 0 } }
console.log(K.s.name, Object.getOwnPropertyDescriptor(K.prototype, 'g').get.name)
console.log([].push.name, Math.max.name, Object.prototype.hasOwnProperty.name)

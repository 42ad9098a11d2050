const proto = { inherited: 'yes' }
const a = { __proto__: proto, own: 1 }
console.log(a.inherited, Object.keys(a), Object.getPrototypeOf(a) === proto)
const b = { ['__proto__']: proto }
console.log(Object.keys(b), Object.getPrototypeOf(b) === Object.prototype)
const __proto__ = proto
const c = { __proto__ }
console.log(Object.keys(c), Object.getPrototypeOf(c) === proto)
const d = { __proto__: null }
console.log(Object.getPrototypeOf(d), { __proto__: 5 }.__proto__ === Object.prototype)
try { eval('({ __proto__: 1, __proto__: 2 })') } catch (e) { console.log(e.name + ': ' + e.message) }

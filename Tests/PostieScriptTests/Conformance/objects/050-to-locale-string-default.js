const o = { toString() { return 'my toString' } }
console.log(o.toLocaleString(), [1, 'a', o].toLocaleString())
console.log(Object.prototype.toLocaleString.call(true))
console.log([null, undefined, 2].toLocaleString())
const d = { toString: () => 'from toString' }
console.log(Object.prototype.toLocaleString.call(d), typeof Object.prototype.toLocaleString)

const a = /x/, b = /x/
console.log(typeof a, a instanceof RegExp, a == b, a.source === b.source, String(a) === String(b))
console.log(Object.prototype.toString.call(a), a.constructor === RegExp)
console.log(Object.keys(a), a.lastIndex)
console.log(new RegExp('x') instanceof RegExp, Object.getPrototypeOf(/x/) === RegExp.prototype, typeof RegExp)

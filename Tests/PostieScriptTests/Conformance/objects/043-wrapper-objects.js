const n = new Number(5), s = new String('ab'), b = new Boolean(false)
console.log(typeof n, n + 1, n.valueOf(), s.length, s[1], b ? 'truthy' : 'falsy', b.valueOf())
console.log(Object('s') instanceof String, typeof Object(null), Object(undefined))
console.log(Object(1) === Object(1), Object.keys(s), n === 5, n == 5)
const o = { k: 1 }
console.log(Object(o) === o)

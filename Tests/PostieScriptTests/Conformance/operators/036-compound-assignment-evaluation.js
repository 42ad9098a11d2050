const log = []
const o = {
  _v: 10,
  get v() { log.push('get'); return this._v },
  set v(n) { log.push('set ' + n); this._v = n }
}
function key() { log.push('key'); return 'v' }
function rhs() { log.push('rhs'); return 5 }
o[key()] += rhs()
console.log(o._v, log.join(', '))
let n = 2
n *= 3 + 4
console.log(n)
let s = 'a'
s += 1 + 2
console.log(s)

const log = []
const o = {
  _x: 1,
  get x() { log.push('get ' + this._x); return this._x },
  set x(v) { log.push('set ' + v); this._x = v }
}
const r1 = o.x++
const r2 = ++o.x
const r3 = o.x--
console.log(r1, r2, r3, o._x)
console.log(log)
const frozen = Object.freeze({ n: 1 })
frozen.n++
console.log(frozen.n)

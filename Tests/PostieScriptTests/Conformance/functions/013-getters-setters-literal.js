const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32 },
  set f(v) { this._c = (v - 32) * 5 / 9 }
}
console.log(temp.f)
temp.f = 212
console.log(temp._c, temp.f)
const ro = { get only() { return 'read' } }
ro.only = 'write'
console.log(ro.only)
const wo = { set only(v) { this.seen = v } }
wo.only = 5
console.log(wo.only, wo.seen)

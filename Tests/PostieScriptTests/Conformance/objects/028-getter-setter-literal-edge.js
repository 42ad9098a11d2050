const o = { get a() { return 'getter' } }
o.a = 'ignored'
console.log(o.a)
const s = { set b(v) { this._b = v } }
s.b = 1
console.log(s.b, s._b)
const both = { get c() { return 1 }, c: 2 }
console.log(both.c, typeof Object.getOwnPropertyDescriptor(both, 'c').get)
const again = { c: 2, get c() { return 'accessor last' } }
console.log(again.c)

const o = { a: { b: { c: 1 } }, arr: [10, 20], fn() { return 'called' } }
console.log(o?.a?.b?.c, o.x?.y, o.x?.y.z.w)
const n = null
console.log(n?.x, n?.[0], n?.())
console.log(o.arr?.[1], o.fn?.(), o.missing?.())
let count = 0
undefined?.[count++]
null?.m(count++)
console.log(count)
console.log(o?.a.b.c, (o?.a).b.c)
try { console.log((n?.a).b) } catch (e) { console.log(e.name + ': ' + e.message) }

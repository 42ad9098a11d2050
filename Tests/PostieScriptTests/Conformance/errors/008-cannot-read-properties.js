const cases = [
  () => { let u; return u.x },
  () => { const n = null; return n[0] },
  () => { const o = {}; return o.a.b },
  () => { const o = { a: null }; return o.a.b.c },
  () => undefined[Symbol('sym')],
  () => { const arr = []; return arr[5].id },
  () => { let u; return u['computed-' + 1] }
]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}

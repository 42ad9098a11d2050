const cases = [
  () => { let u; u.a = 1 },
  () => { const n = null; n.x = 1 },
  () => { const o = {}; o.missing.deep = 1 },
  () => { let u; u[0] = 1 }
]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}

const cases = [
  () => [...{}],
  () => [...123],
  () => Math.max(...undefined),
  () => [...null],
  () => new Set(5),
  () => { const [a] = 1 }
]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}

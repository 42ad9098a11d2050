const attempts = [
  () => { const { a } = null },
  () => { const { a } = undefined },
  () => { const [a] = null },
  () => { const [a] = {} },
  () => { const { a: { b } } = { a: null } },
  () => { let x; ({ x } = undefined) }
]
for (const f of attempts) {
  try { f() } catch (e) { console.log(e.name + ': ' + e.message) }
}

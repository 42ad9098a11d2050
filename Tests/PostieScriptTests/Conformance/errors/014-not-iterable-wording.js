const cases = [
  () => { for (const x of undefined) {} },
  () => { for (const x of null) {} },
  () => { for (const x of 5) {} },
  () => { for (const x of {}) {} },
  () => { const [a] = undefined },
  () => { const [a] = null },
  () => [...undefined],
  () => new Map(5),
  () => Array.from({ [Symbol.iterator]: 1 }),
  () => { const o = { a: 1 }; for (const x of o.a) {} }
]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}

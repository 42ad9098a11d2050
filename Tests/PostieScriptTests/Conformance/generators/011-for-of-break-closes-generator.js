function* gen() {
  try { for (let i = 0; ; i++) yield i } finally { console.log('generator closed') }
}
for (const v of gen()) { if (v === 2) break; console.log('value', v) }
const g = gen()
for (const v of g) { if (v === 0) break }
console.log(g.next())

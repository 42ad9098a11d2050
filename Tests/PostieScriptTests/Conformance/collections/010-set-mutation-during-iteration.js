const s = new Set([1, 2, 3])
const seen = []
s.forEach(v => {
  seen.push(v)
  if (v === 1) { s.delete(2); s.add(4) }
  if (v === 4) s.add(5)
})
console.log(seen, [...s])
const t = new Set(['a'])
const visits = []
for (const v of t) { visits.push(v); t.delete(v); if (visits.length < 3) t.add(v) }
console.log(visits, t.size)

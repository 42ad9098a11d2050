const m = new Map([['a', 1], ['b', 2], ['c', 3]])
const seen = []
for (const [k] of m) {
  seen.push(k)
  if (k === 'a') { m.delete('b'); m.set('d', 4) }
  if (k === 'c') { m.delete('a'); m.set('a', 'again') }
}
console.log(seen, [...m.keys()])
const m2 = new Map([[1, 1]])
let n = 0
for (const [k] of m2) { if (k < 5) m2.set(k + 1, 1); n++ }
console.log(n, m2.size)

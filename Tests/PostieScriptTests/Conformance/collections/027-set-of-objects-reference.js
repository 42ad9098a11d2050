const a = { v: 1 }
const s = new Set([a, a, { v: 1 }])
console.log(s.size, s.has(a), s.has({ v: 1 }))
a.v = 2
console.log([...s][0].v, s.has(a))
s.delete(a)
console.log(s.size, [...s])

const p = { name: 'p' }
const q = { name: 'q', p }
p.q = q
p.self = p
console.log(p)
console.log([p, q])

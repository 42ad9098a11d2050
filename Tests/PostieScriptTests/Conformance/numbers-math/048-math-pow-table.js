const bases = [-Infinity, -2, -1, -0, 0, 1, 2, Infinity, NaN]
const exps = [-Infinity, -2, -1, 0, 0.5, 1, 2, Infinity]
for (const b of bases) console.log(String(Object.is(b, -0) ? '-0' : b).padStart(9), exps.map(e => { const r = b ** e; return Object.is(r, -0) ? '-0' : String(r) }).join(' '))
console.log(Object.is((-0) ** 3, -0), Object.is((-0) ** 2, 0), (-8) ** (1 / 3))
console.log(Math.pow === Math.pow, Math.pow.length)

function P(x) { this.x = x }
const BoundP = P.bind(null, 1)
const p = new BoundP()
console.log(p.x, p instanceof P, p instanceof BoundP)
console.log('prototype' in BoundP, BoundP.name)
const q = new P(2)
console.log(q instanceof BoundP)

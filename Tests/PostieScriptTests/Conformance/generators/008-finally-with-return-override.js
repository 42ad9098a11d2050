function* gen() {
  try { yield 1 } finally { yield 'from finally'; console.log('finally done') }
}
const g = gen()
console.log(g.next(), g.return('r'), g.next(), g.next())
function* overriding() { try { yield 1 } finally { return 'finally wins' } }
const o = overriding()
o.next()
console.log(o.return('ignored'))

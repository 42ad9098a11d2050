function* gen() { yield 1; throw new Error('generator failed'); yield 2 }
const g = gen()
console.log(g.next())
try { g.next() } catch (e) { console.log('caught', e.message) }
console.log(g.next(), g.next())
function* noYield() { return 'only return' }
console.log([...noYield()], noYield().next())

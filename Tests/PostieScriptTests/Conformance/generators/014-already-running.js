let g
function* gen() { g.next(); yield 1 }
g = gen()
try { g.next() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(g.next())
function* selfThrow() { try { g2.throw(new Error('x')) } catch (e) { yield e.message } }
const g2 = selfThrow()
console.log(g2.next())

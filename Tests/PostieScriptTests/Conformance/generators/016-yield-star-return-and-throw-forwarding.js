function* inner() {
  try { yield 'inner 1'; yield 'inner 2' } catch (e) { yield 'inner caught ' + e } finally { console.log('inner finally') }
}
function* outer() { const r = yield* inner(); yield 'outer got ' + r }
const g = outer()
console.log(g.next().value, g.throw('boom').value, g.next().value)
const h = outer()
h.next()
console.log(h.return('stop'))

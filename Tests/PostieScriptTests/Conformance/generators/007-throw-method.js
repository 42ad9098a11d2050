function* gen() {
  try {
    yield 'waiting'
  } catch (e) {
    console.log('caught inside:', e.message)
    yield 'recovered'
  }
  yield 'after'
}
const g = gen()
console.log(g.next().value)
console.log(g.throw(new Error('injected')).value)
console.log(g.next().value, g.next().done)
const unstarted = gen()
try { unstarted.throw(new Error('not started')) } catch (e) { console.log('propagated:', e.message) }

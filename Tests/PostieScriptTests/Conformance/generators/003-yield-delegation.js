function* inner() { yield 'i1'; yield 'i2'; return 'inner result' }
function* outer() {
  yield 'o1'
  const r = yield* inner()
  yield 'got ' + r
  yield* [10, 20]
  yield* 'ab'
}
console.log([...outer()])

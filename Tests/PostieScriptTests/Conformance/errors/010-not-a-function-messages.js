const obj = { foo: 1, nested: { bar: 'x' }, arr: [1] }
const cases = [
  () => { const x = 5; x() },
  () => obj.foo(),
  () => obj.nested.bar(),
  () => obj['foo'](),
  () => obj.arr[0](),
  () => obj.missing(),
  () => (0, obj.foo)(),
  () => { const f = undefined; f() },
  () => obj?.missing(),
  () => console.log('no error, short-circuited:', obj.nested.missing?.()())
]
for (const c of cases) {
  try { c() } catch (e) { console.log(e.name + ': ' + e.message) }
}

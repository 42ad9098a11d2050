function* gen() {
  const a = yield 1 + 1
  const b = (yield 'paren') * 2
  const arr = [yield 'in array', yield 'second in array']
  yield [a, b, arr]
}
const g = gen()
console.log(g.next().value, g.next('A').value, g.next(5).value, g.next('x').value, g.next('y').value)
function* noArg() { const v = yield; yield v }
const n = noArg()
console.log(n.next(), n.next('sent'))

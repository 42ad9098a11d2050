function* gen() {
  yield 1
  yield 2
  return 3
}
const g = gen()
console.log(g.next(), g.next(), g.next(), g.next())
console.log([...gen()], Array.from(gen()))
console.log(typeof g, typeof gen, Object.prototype.toString.call(g))

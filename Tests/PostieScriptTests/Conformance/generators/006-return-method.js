function* gen() {
  try { yield 1; yield 2 } finally { console.log('cleanup ran') }
}
const g = gen()
console.log(g.next())
console.log(g.return('early'))
console.log(g.next())
const fresh = gen()
console.log(fresh.return('before start'), fresh.next())

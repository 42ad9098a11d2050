function makeCounter(start) {
  let count = start
  return { inc: () => ++count, dec: () => --count, get: () => count }
}
const a = makeCounter(0), b = makeCounter(10)
a.inc(); a.inc(); b.dec()
console.log(a.get(), b.get())
console.log(a.inc === b.inc)

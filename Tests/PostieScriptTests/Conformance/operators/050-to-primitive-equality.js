const log = []
const o = {
  [Symbol.toPrimitive](hint) { log.push(hint); return hint === 'number' ? 1 : 'x' }
}
console.log(o == 'x', o == 1, o === 'x')
console.log(o + '', o * 1, `${o}`, o < 2)
console.log(log)
const d = new Date(0)
console.log(d == d.toString(), d == 0)

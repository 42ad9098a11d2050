const hints = []
const o = {
  [Symbol.toPrimitive](hint) { hints.push(hint); return hint === 'number' ? 7 : hint === 'string' ? 'S' : 'D' }
}
console.log(+o, `${o}`, o + '', o * 1, String(o), o < 8, o == 'D', Number(o))
console.log(hints)
const d = { [Symbol.toPrimitive]: undefined, valueOf: () => 1 }
console.log(d + 1)

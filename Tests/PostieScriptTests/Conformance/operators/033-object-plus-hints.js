const date = new Date(Date.UTC(2024, 0, 1))
console.log(typeof (date + 1), typeof (date - 1))
console.log(date - 0, date * 1)
console.log((date + '').slice(0, 15))
const o = {
  valueOf() { return 42 },
  toString() { return 'str' }
}
console.log(o + 1, o + '', `${o}`, o * 2, String(o), [o].join())
console.log(o > 41, o == 42, o == 'str')

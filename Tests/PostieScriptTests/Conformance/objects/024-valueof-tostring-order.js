const log = []
const o = {
  valueOf() { log.push('valueOf'); return 10 },
  toString() { log.push('toString'); return 'str' }
}
const results = [o + 1, `${o}`, String(o), o * 2, o > 5, o == 10, Number(o), [o].join(''), o + '']
console.log(results)
console.log(log)

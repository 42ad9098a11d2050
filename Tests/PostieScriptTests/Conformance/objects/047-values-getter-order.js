const log = []
const o = {
  get b() { log.push('b'); return 2 },
  get a() { log.push('a'); return 1 },
  1: 'one'
}
console.log(Object.values(o), log)
console.log(Object.entries(o).length, log.length)

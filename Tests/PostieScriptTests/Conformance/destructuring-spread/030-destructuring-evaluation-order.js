const log = []
const src = {
  get a() { log.push('get a'); return 1 },
  get b() { log.push('get b'); return 2 }
}
const { b, a } = src
console.log(a, b, log)
const target = { set x(v) { log.push('set x ' + v) } }
;({ a: target.x } = src)
console.log(log)

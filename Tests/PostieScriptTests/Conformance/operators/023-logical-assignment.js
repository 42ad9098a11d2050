let a = 0, b = 1, c = null
a ||= 10
b &&= 20
c ??= 30
console.log(a, b, c)
let d = 'keep'
d ||= 'never'
let e = 0
e &&= 'never'
let f = 0
f ??= 'never'
console.log(d, e, f)
const log = []
const o = { get x() { log.push('get'); return 1 }, set x(v) { log.push('set ' + v) } }
o.x ||= 2
o.x &&= 3
o.x ??= 4
console.log(log)

let a = (1, 2, 3)
console.log(a)
let log = []
const r = (log.push('first'), log.push('second'), 'result')
console.log(r, log)
for (var i = 0, j = 10; i < j; i += 3, j -= 3) log.push(i + '-' + j)
console.log(log)
const obj = { v: 42, get() { return this && this.v } }
console.log(obj.get(), (obj.get)(), (0, obj.get)())

const log = []
function f(name, v) { log.push(name); return v }
const r = f('a', 1) + f('b', 2) * f('c', 3)
console.log(r, log.join(','))
log.length = 0
const arr = []
let i = 0
arr[f('index', i++)] = f('value', i)
console.log(arr, log.join(','))
log.length = 0
f('obj', {})[f('key', 'k')] = f('rhs', 1)
console.log(log.join(','))

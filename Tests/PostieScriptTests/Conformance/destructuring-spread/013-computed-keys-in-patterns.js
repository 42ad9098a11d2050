const key = 'dynamic'
const { [key]: v1, [`${key}2`]: v2 = 'default2' } = { dynamic: 'one' }
console.log(v1, v2)
const log = []
const k = n => { log.push('key ' + n); return 'k' + n }
const { [k(1)]: a, [k(2)]: b } = { k1: 'A', k2: 'B' }
console.log(a, b, log)

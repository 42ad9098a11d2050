console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(NaN), Math.max(-0, 0), Math.min(0, -0))
console.log(Object.is(Math.max(-0, 0), 0), Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, -0), -0))
console.log(Math.max('10', 9), Math.min('a', 1), Math.max([3]), Math.max([1, 2]), Math.min(null, 1), Math.max(undefined))
console.log(Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max.length)
const log = []
Math.max({ valueOf() { log.push('a'); return NaN } }, { valueOf() { log.push('b'); return 1 } })
console.log(log)

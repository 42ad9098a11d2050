console.log([2] > 1, [1, 2] > 1, [10] > [9], [10] > ['9'])
console.log({ valueOf() { return 3 } } > 2)
console.log({ toString() { return 'b' } } > 'a')
console.log(new Date(2) > new Date(1))
const log = []
const l = { valueOf() { log.push('left'); return 1 } }
const r = { valueOf() { log.push('right'); return 2 } }
console.log(l < r, r > l, log)

const a = ['a', 'e']
a.splice(1, 0, ...'bcd')
console.log(a, a.length)
const removed = a.splice(1, 3, 'B')
console.log(removed, a)
const big = Array.from({ length: 10 }, (_, i) => i)
big.splice(2, 6)
console.log(big)

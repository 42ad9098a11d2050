const a = [1, 2, 3, 4, 5, 6]
console.log(a.findLast(n => n % 2 === 1), a.findLastIndex(n => n % 2 === 1))
console.log(a.findLast(n => n > 10), a.findLastIndex(n => n > 10))
const order = []
a.findLast((v, i) => { order.push(i); return v === 4 })
console.log(order)
console.log([, 'x'].findLastIndex(v => v === undefined))

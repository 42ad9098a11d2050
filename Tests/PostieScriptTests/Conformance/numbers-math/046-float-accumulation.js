let sum = 0
for (let i = 0; i < 10; i++) sum += 0.1
console.log(sum, sum === 1, Math.abs(sum - 1) < Number.EPSILON)
let x = 0
for (let i = 0; i < 1000; i++) x += 0.001
console.log(x, x.toFixed(3))
console.log(0.1 * 0.1, 0.7 + 0.1, 0.2 + 0.4, 1 - 0.9, 3 * 0.1)

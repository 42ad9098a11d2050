const vals = [0, -0, 1, 1.0, 1.5, -7, 2 ** 53, 2 ** 53 + 0.5, 1e300, Infinity, NaN, '1', true, null, 5e-324]
console.log(vals.map(v => Number.isInteger(v)))
console.log(Number.isInteger(), Number.isInteger(new Number(1)))
console.log(Number.isInteger(-0.0), Number.isInteger(4e300), Number.isInteger(0.1 + 0.2 - 0.3))
console.log(Number.isInteger(Number.MAX_VALUE), Number.isInteger(Number.MIN_VALUE))

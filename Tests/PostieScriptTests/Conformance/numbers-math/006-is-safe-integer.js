const vals = [0, 2 ** 53 - 1, 2 ** 53, -(2 ** 53 - 1), -(2 ** 53), 1.5, '1', Infinity, NaN, Number.MAX_SAFE_INTEGER + 0.5]
console.log(vals.map(v => Number.isSafeInteger(v)))
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2)
console.log(Number.isSafeInteger(-0), Number.isSafeInteger(3.0), Number.isSafeInteger(new Number(3)))
console.log(Number.isSafeInteger(2 ** 53 - 1.5), Number.isSafeInteger())

const n = NaN
console.log(n == n, n === n, n != n, n !== n)
console.log(n < 1, n > 1, n <= n, n >= n)
console.log(NaN == 'NaN', [NaN].includes(NaN), [NaN].indexOf(NaN))
console.log(Object.is(n, NaN), Object.is(0 / 0, -(0 / 0)))
console.log('abc' < NaN, undefined < undefined, {} < {})

const result = (function countdown(n, acc) {
  return n === 0 ? acc : countdown(n - 1, acc.concat(n))
})(5, [])
console.log(result)
console.log(typeof countdown)
const fib = (function f(n) { return n < 2 ? n : f(n - 1) + f(n - 2) })(15)
console.log(fib)

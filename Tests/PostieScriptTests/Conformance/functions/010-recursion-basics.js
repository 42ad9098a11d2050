function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) }
function fib(n, memo = {}) {
  if (n < 2) return n
  if (memo[n]) return memo[n]
  return (memo[n] = fib(n - 1, memo) + fib(n - 2, memo))
}
console.log(fact(10), fact(20), fact(25))
console.log(fib(50), fib(78))
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1) }
console.log(depth(5000))

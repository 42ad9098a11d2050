const f = function g(n) { return n <= 1 ? 1 : n * g(n - 1) }
console.log(f(5), typeof g)
const h = function self() {
  self = 'reassigned'
  return typeof self
}
console.log(h())
const k = function inner() { var inner = 2; return inner }
console.log(k())

function f(a, b) {
  arguments[0] = 'via arguments'
  arguments[1] = 2
  return [a, b]
}
console.log(f(1, 1))
function g(a) { arguments[0]++; return a }
console.log(g(41))

const obj = {
  base: 10,
  f(a = this.base, b = arguments.length) { return [a, b] }
}
console.log(obj.f(), obj.f(1), obj.f(undefined, undefined))
function g(a, b = arguments[0] * 2) { return b }
console.log(g(21))

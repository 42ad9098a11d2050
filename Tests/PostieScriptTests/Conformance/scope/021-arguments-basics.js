function f(a, b) {
  return [arguments.length, f.length, typeof arguments, Array.isArray(arguments)]
}
console.log(f(1, 2, 3))
console.log(f())
function g() { return Array.from(arguments).concat(Array.prototype.slice.call(arguments, 1)) }
console.log(g('x', 'y', 'z'))
function h() { return Object.prototype.toString.call(arguments) }
console.log(h())

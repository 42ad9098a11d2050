function f() { return [].slice.call(arguments, -2) }
console.log(f(1, 2, 3, 4))
console.log(Array.prototype.slice.call('hello', 1, 3))
console.log([].concat.apply([], [[1], [2, [3]]]))
function g() { return Array.prototype.slice.call(arguments).reverse() }
console.log(g('a', 'b', 'c'))

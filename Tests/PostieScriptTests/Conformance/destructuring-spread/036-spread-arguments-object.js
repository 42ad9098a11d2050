function f() { return [...arguments] }
console.log(f(1, 'two', [3]))
function g() { const [first, ...rest] = arguments; return { first, rest } }
console.log(g('a', 'b', 'c'))
function h() { return Math.max(...arguments) }
console.log(h(3, 7, 5))

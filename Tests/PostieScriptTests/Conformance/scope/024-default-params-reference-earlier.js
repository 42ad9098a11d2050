function f(a, b = a * 2, c = a + b) { return [a, b, c] }
console.log(f(1), f(1, 5), f(1, undefined, 0))
function g(x, y = () => x) { x = 'changed'; return y() }
console.log(g('orig'))
function h(x, y = () => x) { var x = 'body var'; return [x, y()] }
console.log(h('param'))

function f(a, b = 1, c) { return [a, b, c] }
function g(a, b, c = 3) {}
function h(a = 1, b) {}
console.log(f.length, g.length, h.length)
console.log(f(1), f(1, null), f(1, undefined, 'c'))
function k({ a } = {}, [b] = [], ...rest) {}
console.log(k.length)

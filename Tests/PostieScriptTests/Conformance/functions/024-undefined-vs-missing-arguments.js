function f(a = 'default') { return [a, arguments.length] }
console.log(f(), f(undefined), f(null), f(0))
function g(a, b) { return [a === undefined, b === undefined, arguments.length] }
console.log(g(undefined), g(undefined, undefined))
const h = (x = 'arrow default') => x
console.log(h(), h(undefined), h(false))

function two(a, b) { return [a, b, arguments.length, arguments[2], arguments[3]] }
console.log(two(1, 2, 3, 4))
const arrow = (a) => a
console.log(arrow(1, 2, 3))
function sumAll() { let s = 0; for (const v of arguments) s += v; return s }
console.log(sumAll(1, 2, 3, 4, 5))

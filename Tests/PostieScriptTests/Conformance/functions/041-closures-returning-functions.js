function multiplier(factor) { return n => n * factor }
const double = multiplier(2), triple = multiplier(3)
console.log(double(5), triple(5), [1, 2, 3].map(multiplier(10)))
function once(fn) { let done = false, result; return (...a) => done ? result : (done = true, result = fn(...a)) }
const init = once(x => x * 100)
console.log(init(1), init(2), init(3))

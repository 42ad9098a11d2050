// Uncaught: unbounded recursion must end with a RangeError, not a crash.
console.log('recursing')
function forever(n) { return forever(n + 1) + 1 }
forever(0)
console.log('unreachable')

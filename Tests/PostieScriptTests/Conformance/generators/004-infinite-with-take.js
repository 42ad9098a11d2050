function* naturals() { let n = 0; while (true) yield n++ }
function* take(it, n) { for (const v of it) { if (n-- <= 0) return; yield v } }
function* map(it, f) { for (const v of it) yield f(v) }
function* filter(it, p) { for (const v of it) if (p(v)) yield v }
console.log([...take(map(filter(naturals(), x => x % 3 === 0), x => x * x), 5)])
const fib = function* () { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b] } }
console.log([...take(fib(), 12)])

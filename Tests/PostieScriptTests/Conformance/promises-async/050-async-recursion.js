async function sum(n) { return n === 0 ? 0 : n + await sum(n - 1) }
sum(100).then(v => console.log('sum', v))
async function fib(n) { return n < 2 ? n : (await fib(n - 1)) + (await fib(n - 2)) }
fib(15).then(v => console.log('fib', v))
async function countdown(n, out = []) { out.push(n); if (n > 0) await countdown(n - 1, out); return out }
countdown(3).then(v => console.log('countdown', v))

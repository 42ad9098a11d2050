function f() { return 1 }
function g() { let v = 2; return v }
const o = { run() { return 'ran' } }
if (o) { o.flag = true }
console.log(f(), g(), o.run(), o.flag)

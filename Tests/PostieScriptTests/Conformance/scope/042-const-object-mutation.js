const o = { n: 1 }
o.n = 2
o.added = true
console.log(o)
try { o = {} } catch (e) { console.log(e.name + ': ' + e.message) }
const arr = []
arr.push(1)
console.log(arr)

const o = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, '-1': 'neg', '01': 'lead' }
const keys = []
for (const k in o) keys.push(k)
console.log(keys)
function P() { this.own = 1 }
P.prototype.inherited = 2
const seen = []
for (const k in new P()) seen.push(k)
console.log(seen)

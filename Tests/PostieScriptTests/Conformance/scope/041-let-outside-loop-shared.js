const fns = []
let i
for (i = 0; i < 3; i++) fns.push(() => i)
console.log(fns.map(f => f()))
const fns2 = []
let k = 0
while (k < 3) { const copy = k; fns2.push(() => copy); k++ }
console.log(fns2.map(f => f()))

const fns = []
for (const x of ['a', 'b', 'c']) fns.push(() => x)
for (let k in { p: 1, q: 2 }) fns.push(() => k)
console.log(fns.map(f => f()))
const vars = []
for (var y of [1, 2]) vars.push(() => y)
console.log(vars.map(f => f()))

const a = [1, , 3]
a[10] = 11
console.log(a.length, Object.keys(a), 1 in a, a[1])
console.log(a)
console.log(a.filter(() => true).length, a.map(x => x).length)
let iterations = 0
for (const v of a) iterations++
console.log(iterations)

const { a: { b, ...innerRest }, ...outerRest } = { a: { b: 1, c: 2, d: 3 }, e: 4, f: 5 }
console.log(b, innerRest, outerRest)
try { eval('const { ...r, last } = {}') } catch (e) { console.log(e.name + ': ' + e.message) }
const { 0: zero, ...others } = ['a', 'b', 'c']
console.log(zero, others)

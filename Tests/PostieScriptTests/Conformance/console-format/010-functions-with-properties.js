function f() {}
f.count = 3
f.nested = { a: 1 }
console.log(f)
class K { static version = '1.0' }
console.log(K)
const o = Object.assign(() => {}, { tag: 'x' })
console.log(o, [f])

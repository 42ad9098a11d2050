let i = 1
console.log(i++, i, ++i, i, i--, i, --i, i)
let j = 5
const k = j++ + ++j
console.log(j, k)
let m = 1
m = m++
console.log(m)
const o = { v: 1 }
console.log(o.v++, ++o.v, o.v)
const a = [1]
console.log(a[0]++, a)

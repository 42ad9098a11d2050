let s = '5'
const old = s++
console.log(old, typeof old, s, typeof s)
let t = 'a'
t++
console.log(t)
let u = '1e3'
u++
let v = '0x10'
v++
let w = ' 7 '
--w
console.log(u, v, w)
let n = null, und = undefined, b = true, arr = [], arr2 = [4]
n++; und++; b++; arr++; arr2++
console.log(n, und, b, arr, arr2)

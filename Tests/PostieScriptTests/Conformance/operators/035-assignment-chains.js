let a, b, c
a = b = c = 5
console.log(a, b, c)
const o = {}
const r = (o.x = 7)
console.log(r, o)
const s = 'abc'
s.prop = 1
console.log(s.prop)
let x = 1
x += x += 2
console.log(x)
let y = [1]
y[0] = y = 2
console.log(y)

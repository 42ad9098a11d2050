const a = [1, 2]
a.foo = 'bar'
a[-1] = 'negative'
console.log(a)
const b = []
b.only = true
console.log(b)
const c = [1, , 3]
c.x = 1
console.log(c)

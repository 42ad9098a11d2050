const s = 'one \
two \
three'
console.log(s)
console.log(s.length)
const t = "a\
b"
console.log(t, t.length)

const text = 'abc'
try {
  const t = text
  `x`
  console.log(t)
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
const tag = (s) => 'tagged:' + s[0]
const u = tag
`y`
console.log(u)

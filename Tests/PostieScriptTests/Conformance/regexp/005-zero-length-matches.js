const re = /a*/g
const s = 'baaac'
const out = []
let m, guard = 0
while ((m = re.exec(s)) && guard++ < 10) {
  out.push(JSON.stringify(m[0]) + '@' + m.index)
  if (m[0] === '') re.lastIndex++
}
console.log(out.join(' '))
console.log(s.match(/a*/g), s.replace(/a*/g, '-'))
console.log([...'ab'.matchAll(/(?:)/g)].map(m => m.index))

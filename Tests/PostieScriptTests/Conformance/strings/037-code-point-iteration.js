const s = '😀a𝒳'
const fromForOf = []
for (const ch of s) fromForOf.push(ch)
console.log(fromForOf, fromForOf.length)
console.log([...s].map(c => c.codePointAt(0).toString(16)))
console.log(Array.from(s).length, s.length)
const it = s[Symbol.iterator]()
console.log(it.next(), it.next().value, Object.prototype.toString.call(it))

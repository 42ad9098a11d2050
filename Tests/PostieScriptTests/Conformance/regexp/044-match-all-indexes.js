const s = 'The cat sat on the mat'
const hits = [...s.matchAll(/(?<w>[a-z]at)/g)].map(m => ({ w: m.groups.w, at: m.index }))
console.log(hits)
console.log([...s.matchAll(/the/gi)].map(m => m.index))
const re = /a/g
re.lastIndex = 3
console.log([...'aaaaa'.matchAll(re)].length, re.lastIndex)

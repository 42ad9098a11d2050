const s = '\ud800a\udc00\ud83d\ude00'
const parts = [...s]
console.log(parts.length, parts.map(p => p.length))
console.log(parts.map(p => p.codePointAt(0).toString(16)))
console.log('\ud800'.codePointAt(0), ('\ud800' + '\udc00').codePointAt(0))
console.log([...'\udc00\ud800'].length)

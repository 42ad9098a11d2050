const s = '\n\t\\\'\"\b\f\v\0\r'
console.log(s.length)
console.log(Array.from(s, c => c.charCodeAt(0)))
console.log("it's", 'say "hi"')
console.log('\'' === "'", "\"" === '"')

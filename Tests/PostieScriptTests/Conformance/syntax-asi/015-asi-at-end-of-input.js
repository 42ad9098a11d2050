const parts = ['no', 'semicolons', 'anywhere']
const joined = parts.join(' ')
console.log(joined)
console.log(parts.length)
var last = parts[parts.length - 1]
console.log(last)

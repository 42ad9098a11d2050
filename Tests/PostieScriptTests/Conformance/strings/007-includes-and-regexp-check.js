const s = 'To be, or not to be'
console.log(s.includes('be'), s.includes('be', 18), s.includes('BE'), s.includes(''))
console.log(s.includes('To', 1), s.includes('be', -100), 'undefined'.includes())
try { s.includes(/be/) } catch (e) { console.log(e.name + ': ' + e.message) }
const re = /be/
re[Symbol.match] = false
console.log('/be/'.includes(re))

const s = 'aaXaa'
console.log(s.match(/a/g), s.match(/a/y), s.match(/a/gy))
const re = /a/g
re.lastIndex = 3
console.log(s.match(re).length, re.lastIndex)
console.log('Aa'.match(/a/gi), 'x'.match(/(x)/g))

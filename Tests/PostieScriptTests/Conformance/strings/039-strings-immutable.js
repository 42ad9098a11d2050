const s = 'abc'
s[0] = 'z'
console.log(s, s[0])
s.length = 1
console.log(s.length)
function strict() { 'use strict'; s[0] = 'q' }
try { strict() } catch (e) { console.log(e.name + ': ' + e.message) }
const upper = s.toUpperCase()
console.log(s, upper)

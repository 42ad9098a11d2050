console.log('abc'.length, (5).constructor.name, true.toString(), 'x'.constructor === String)
const s = 'str'
s.custom = 1
s.length = 10
console.log(s.custom, s.length)
function strictSet() { 'use strict'; s.custom = 1 }
try { strictSet() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(typeof (1).toFixed, 1 .valueOf === Number.prototype.valueOf)

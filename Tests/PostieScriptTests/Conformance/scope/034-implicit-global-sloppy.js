function f() { createdGlobal = 'hello' }
f()
console.log(typeof createdGlobal, createdGlobal)
console.log(globalThis.createdGlobal)
function g() { 'use strict'; notDeclaredStrict = 1 }
try { g() } catch (e) { console.log(e.name + ': ' + e.message) }

const o = Object.seal({ a: 1 })
o.a = 2
o.b = 3
console.log(delete o.a, o, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o))
console.log(Object.getOwnPropertyDescriptor(o, 'a'))
function strictDelete() { 'use strict'; delete o.a }
try { strictDelete() } catch (e) { console.log(e.name + ': ' + e.message) }

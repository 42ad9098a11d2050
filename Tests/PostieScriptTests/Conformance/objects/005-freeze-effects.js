const o = Object.freeze({ a: 1, nested: { b: 2 } })
o.a = 100
o.added = true
delete o.a
o.nested.b = 'nested mutated'
console.log(o, Object.isFrozen(o), Object.isFrozen(o.nested))
function strictWrite() { 'use strict'; o.a = 2 }
try { strictWrite() } catch (e) { console.log(e.name + ': ' + e.message) }
function strictAdd() { 'use strict'; o.z = 1 }
try { strictAdd() } catch (e) { console.log(e.name + ': ' + e.message) }

NaN = 1
undefined = 2
Infinity = 3
console.log(NaN, undefined, Infinity, typeof undefined)
const d = Object.getOwnPropertyDescriptor(globalThis, 'undefined')
console.log(d.writable, d.enumerable, d.configurable)
function strictAssign() { 'use strict'; NaN = 1 }
try { strictAssign() } catch (e) { console.log(e.name + ': ' + e.message) }

const o = Object.preventExtensions({ a: 1 })
o.b = 2
console.log(o, Object.isExtensible(o), delete o.a, o)
function strictAdd() { 'use strict'; o.c = 3 }
try { strictAdd() } catch (e) { console.log(e.name + ': ' + e.message) }
try { Object.defineProperty(o, 'd', { value: 4 }) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Object.setPrototypeOf(o, {}) } catch (e) { console.log(e.name + ': ' + e.message) }

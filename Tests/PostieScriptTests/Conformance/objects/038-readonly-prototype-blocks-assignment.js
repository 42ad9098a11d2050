const proto = Object.defineProperty({}, 'fixed', { value: 'proto', writable: false })
const o = Object.create(proto)
o.fixed = 'own attempt'
console.log(o.fixed, o.hasOwnProperty('fixed'))
function strictAssign() { 'use strict'; o.fixed = 'x' }
try { strictAssign() } catch (e) { console.log(e.name + ': ' + e.message) }
Object.defineProperty(o, 'fixed', { value: 'defined own' })
console.log(o.fixed, o.hasOwnProperty('fixed'))

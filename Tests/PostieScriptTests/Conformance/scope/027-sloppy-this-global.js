function sloppy() { return this }
function strict() { 'use strict'; return this }
console.log(sloppy() === globalThis, strict())
console.log(sloppy.call(null) === globalThis, strict.call(null))
console.log(typeof sloppy.call(5), strict.call(5))
const o = { m: sloppy }
console.log(o.m() === o)

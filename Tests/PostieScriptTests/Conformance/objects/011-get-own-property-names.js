const arr = ['a', 'b']
console.log(Object.getOwnPropertyNames(arr))
console.log(Object.getOwnPropertyNames('hi'))
function f(a, b) { 'use strict' }
console.log(Object.getOwnPropertyNames(f).sort())
const o = Object.create({ inherited: 1 }, { own: { value: 1 }, visible: { value: 2, enumerable: true } })
console.log(Object.getOwnPropertyNames(o), Object.keys(o))

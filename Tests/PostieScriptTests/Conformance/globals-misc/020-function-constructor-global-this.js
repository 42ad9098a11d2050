const getGlobal = Function('return this')
console.log(getGlobal() === globalThis)
const strictGet = Function('"use strict"; return this')
console.log(strictGet())
const sum = Function('a', 'b', 'return a + b + (typeof localOnly)')
const localOnly = 1
console.log(sum(1, 2))

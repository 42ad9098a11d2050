function describe(greeting, punct) { return greeting + ', ' + this.name + punct }
const p = { name: 'Ada' }
console.log(describe.call(p, 'Hi', '!'))
console.log(describe.apply(p, ['Hello', '?']))
console.log(describe.apply(p, { length: 2, 0: 'Yo', 1: '.' }))
function count() { return arguments.length }
console.log(count.apply(null), count.apply(null, undefined), count.apply(null, []))
console.log(Math.max.apply(null, [3, 9, 2]))

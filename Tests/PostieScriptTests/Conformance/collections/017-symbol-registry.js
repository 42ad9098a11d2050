const a = Symbol.for('app.key')
const b = Symbol.for('app.key')
console.log(a === b, Symbol.keyFor(a), Symbol.keyFor(Symbol('local')), Symbol.keyFor(Symbol.iterator))
console.log(Symbol.for().toString(), Symbol.keyFor(Symbol.for()), Symbol.for(1) === Symbol.for('1'))
try { Symbol.keyFor('str') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(a.description, Symbol.for('app.key').toString())

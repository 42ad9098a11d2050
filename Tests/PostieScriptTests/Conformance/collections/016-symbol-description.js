const s = Symbol('my desc')
console.log(s.toString(), s.description, String(s), typeof s)
console.log(Symbol().description, Symbol('').description, Symbol().toString(), Symbol(undefined).description)
console.log(Symbol(null).description, Symbol(123).description, Symbol({}).description)
console.log(Symbol('a') === Symbol('a'), Symbol('a') == Symbol('a'))
try { new Symbol() } catch (e) { console.log(e.name + ': ' + e.message) }

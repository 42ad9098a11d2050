function list() { return Array.prototype.slice.call(arguments) }
console.log(list.apply(null, { length: 3, 0: 'a', 2: 'c' }))
console.log(list.apply(null, [, 'b']))
console.log(list.apply(null, 'xy'.split('')))
try { list.apply(null, 5) } catch (e) { console.log(e.name + ': ' + e.message) }

console.log('a'.concat('b', 1, null, undefined, [2, 3], {}))
console.log(''.concat(), 'x'.concat(true, -0, NaN))
console.log(String.prototype.concat.call(1, 2, 3))
console.log('a'.concat(Symbol.iterator.description), 'n'.concat(0.1 + 0.2))
try { 'a'.concat(Symbol('s')) } catch (e) { console.log(e.name + ': ' + e.message) }

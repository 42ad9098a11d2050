const arrayLike = { 0: 'a', 1: 'b', 2: 'c', length: 3 }
console.log(Array.prototype.map.call(arrayLike, s => s.toUpperCase()))
console.log(Array.prototype.join.call(arrayLike, '+'), Array.prototype.slice.call(arrayLike, 1))
console.log(Array.prototype.map.call('abc', c => c + c))
console.log(Array.prototype.filter.call('a1b2', c => c >= '0' && c <= '9'))
console.log(Array.prototype.indexOf.call('hello', 'l'), Array.prototype.includes.call('hi', 'i'))
function args() { return Array.prototype.slice.call(arguments, 1) }
console.log(args(1, 2, 3))

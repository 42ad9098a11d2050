const n = new Number(42)
console.log(typeof n, n == 42, n === 42, n + 1, n.valueOf() === 42, JSON.stringify(n))
console.log(new Number(0) ? 'truthy' : 'falsy', Number(new Number(7)), typeof Number('5'))
console.log(Object.keys(new Number(1)), new Number('0x10').valueOf(), new Number() + 0)
try { Number.prototype.valueOf.call('5') } catch (e) { console.log(e.name + ': ' + e.message) }

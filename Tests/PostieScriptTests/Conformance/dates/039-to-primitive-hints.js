const d = new Date(Date.UTC(2024, 0, 1))
console.log(d[Symbol.toPrimitive]('number'), typeof d[Symbol.toPrimitive]('default'), typeof d[Symbol.toPrimitive]('string'))
try { d[Symbol.toPrimitive]() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(d > 0, d < Date.UTC(2025, 0), d == d.valueOf(), d + '' === d.toString())
try { Date.prototype[Symbol.toPrimitive].call(1, 'number') } catch (e) { console.log(e.name + ': ' + e.message) }

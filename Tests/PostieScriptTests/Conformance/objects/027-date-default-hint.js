const d = new Date(Date.UTC(2020, 0, 1))
console.log(typeof (d + 1), typeof (d - 1), typeof `${d}`, typeof +d)
console.log(d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('default') === d.toString())
try { d[Symbol.toPrimitive]('bogus') } catch (e) { console.log(e.name + ': ' + e.message) }
d.valueOf = () => 99
console.log(d - 0, (d + '').length > 10)

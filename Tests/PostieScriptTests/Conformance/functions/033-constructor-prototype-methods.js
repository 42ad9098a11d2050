function Counter(start) { this.value = start }
Counter.prototype.inc = function () { this.value++; return this }
Counter.prototype.shared = []
const a = new Counter(1), b = new Counter(10)
a.inc().inc()
a.shared.push('from a')
console.log(a.value, b.value, b.shared, a.inc === b.inc)
console.log(Object.keys(a), a.hasOwnProperty('inc'))

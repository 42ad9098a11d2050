const bad = new Date('not a date')
console.log(String(bad), bad.getTime(), bad.getFullYear(), isNaN(bad), bad.valueOf())
console.log(bad.toString(), bad.toDateString(), bad.toUTCString(), bad.toLocaleString())
try { bad.toISOString() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(JSON.stringify({ bad }), bad.toJSON())
console.log(new Date(NaN).getTimezoneOffset(), new Date(8.64e15 + 1).getTime())
const fixed = new Date('x')
fixed.setTime(0)
console.log(fixed.toISOString())

const a = []
a.length = 2 ** 32 - 1
console.log(a.length)
try { a.length = 2 ** 32 } catch (e) { console.log(e.name + ': ' + e.message) }
try { a.push(1) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(a.length, a[4294967295])

const a = [1, 2, 3, 4, 5]
a.length = 2
console.log(a, a[3])
a.length = 4
console.log(a, 2 in a)
a.length = '1'
console.log(a)
a.length = 0
console.log(a, a.length)
try { a.length = 1.5 } catch (e) { console.log(e.name + ': ' + e.message) }
try { a.length = -1 } catch (e) { console.log(e.name + ': ' + e.message) }

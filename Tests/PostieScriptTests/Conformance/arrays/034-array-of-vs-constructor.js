console.log(Array.of(3), Array(3), new Array(3))
console.log(Array.of(3, 4), Array(3, 4), Array('3'))
console.log(Array.of(), Array(), Array.of(undefined))
console.log(Array(0).length, Array(2.0).length)
try { Array(2.5) } catch (e) { console.log(e.name + ': ' + e.message) }
try { new Array(-1) } catch (e) { console.log(e.name + ': ' + e.message) }

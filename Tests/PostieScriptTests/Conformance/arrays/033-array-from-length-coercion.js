console.log(Array.from({ length: '2', 0: 'a', 1: 'b' }))
console.log(Array.from({ length: -1 }), Array.from({ length: 1.9, 0: 'x' }))
console.log(Array.from({ length: 'abc' }), Array.from({ length: null }))
try { Array.from({ length: 2 ** 32 }) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Array.from(null) } catch (e) { console.log(e.name + ': ' + e.message) }
try { Array.from([1], 'not fn') } catch (e) { console.log(e.name + ': ' + e.message) }

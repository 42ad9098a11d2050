console.log(Math.abs('-5'), Math.floor(null), Math.ceil(undefined), Math.max('10', 9), Math.round([2.5]))
console.log(Math.sqrt('16'), Math.min(true, 2), Math.trunc(' 12.9 '), Math.sign([-1]), Math.cbrt({ valueOf: () => 8 }))
try { Math.abs(Symbol()) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Math.floor('0x1F'), Math.abs('1e2'), Math.round(''), Math.max('', -1))
const calls = []
Math.hypot({ valueOf() { calls.push('first'); return 3 } }, { valueOf() { calls.push('second'); return 4 } })
console.log(calls)

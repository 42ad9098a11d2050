console.log(String(null), String(undefined), String(true), String(-0), String(1e21), String(1e-7))
console.log(String(Symbol('desc')), String([1, [2, 3]]), String({}), String(() => 1))
console.log(String(new Date(NaN)), String(/re/g), String(NaN), String(['a', null]))
try { '' + Symbol('x') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(String(123.456), (123.456).toString(), '' + 0.1 * 3)

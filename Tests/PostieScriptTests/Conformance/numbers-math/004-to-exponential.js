console.log((123456).toExponential(), (123456).toExponential(2), (0.00015).toExponential(1))
console.log((0).toExponential(), (-0).toExponential(2), (-1.5).toExponential(3), (1).toExponential(0))
console.log((1.25).toExponential(1), (1.35).toExponential(1), (5e-324).toExponential(), (1.7976931348623157e308).toExponential(3))
console.log(NaN.toExponential(2), Infinity.toExponential())
try { (1).toExponential(101) } catch (e) { console.log(e.name + ': ' + e.message) }
try { (1).toExponential(-1) } catch (e) { console.log(e.name + ': ' + e.message) }

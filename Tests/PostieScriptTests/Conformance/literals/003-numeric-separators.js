console.log(1_000_000)
console.log(0xFF_FF)
console.log(0b1010_0101)
console.log(0o7_7)
console.log(1_0.0_1)
console.log(1e1_0)
try { eval('1__0') } catch (e) { console.log(e.name + ': ' + e.message) }
try { eval('1_') } catch (e) { console.log(e.name + ': ' + e.message) }

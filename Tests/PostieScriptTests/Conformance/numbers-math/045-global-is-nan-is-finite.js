console.log(isNaN('abc'), isNaN(''), isNaN(' '), isNaN(undefined), isNaN(null), isNaN('12px'), isNaN([]), isNaN({}))
console.log(isFinite('12'), isFinite(null), isFinite('Infinity'), isFinite(undefined), isFinite('1e308'), isFinite('1e309'))
try { isNaN(Symbol()) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(isNaN(new Date('x')), isFinite(new Date('x')), isNaN([[]]), isNaN([[1, 2]]))
console.log(isNaN(true), isFinite(false), isNaN(' 0x1A '), isFinite('0b2'))

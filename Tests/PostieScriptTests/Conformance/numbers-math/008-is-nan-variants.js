const vals = [NaN, 'NaN', 'abc', '', ' ', undefined, null, {}, [], [1], [1, 2], '0x10', new Date(NaN), 0 / 0]
console.log(vals.map(v => Number.isNaN(v)))
console.log(vals.map(v => isNaN(v)))
console.log(Number.isNaN(Number('x')), isNaN(Symbol.iterator.description))
console.log(Number.isNaN(), isNaN())

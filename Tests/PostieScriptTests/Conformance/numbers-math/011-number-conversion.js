const inputs = ['', ' ', '\n\t', '0b101', '0o17', '0x1F', '-0x10', '1_000', '12px', '  42  ', 'Infinity', '-Infinity', 'infinity', '.', '+.5', '-', '1.', '.e1', '1e1000', '-0']
console.log(inputs.map(s => Number(s)))
console.log(Number([]), Number(['7']), Number([1, 2]), Number(null), Number(undefined), Number(true), Number({}))
console.log(Number(new Date(12)), Number('١٢'), Number('\u00a012\u3000'))
console.log(Number('1e-7'), Number('  0.  '), Number('0.0e0'), Number('-.0'))

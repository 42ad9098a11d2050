const vals = [1, Infinity, -Infinity, NaN, '12', '', null, undefined, true, '1e400', [], [1, 2]]
console.log(vals.map(v => Number.isFinite(v)))
console.log(vals.map(v => isFinite(v)))
console.log(Number.isFinite(Number.MAX_VALUE), Number.isFinite(-0), Number.isFinite(new Number(1)))
console.log(isFinite('  12  '), isFinite('0x10'), isFinite(new Date(0)))

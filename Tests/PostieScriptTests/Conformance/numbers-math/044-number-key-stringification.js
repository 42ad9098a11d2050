console.log(String(1e21), String(123e-20), String(-1e-7), String(1e100), String(0.000001), String(1.5e-9))
console.log(String(2 ** 31), String(-(2 ** 63)), String(1 / 3), String(4.0), String(4.10))
console.log(Object.keys({ [1e21]: 1, [1e-7]: 2, [0.1]: 3, [-0]: 4, [NaN]: 5, [Infinity]: 6 }))
const o = {}
o[0.1 + 0.2] = 'sum'
o[1.0] = 'one'
console.log(Object.keys(o))

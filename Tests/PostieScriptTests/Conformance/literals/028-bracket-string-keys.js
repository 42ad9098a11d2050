const o = { 'a b': 1, '': 2, '-1': 3, '01': 4, 'constructor': 5 }
console.log(o['a b'], o[''], o[-1], o['01'], o.constructor)
console.log(Object.keys(o))
console.log(o[1 - 2])
console.log(o['0' + '1'], o[1], o['a' + ' ' + 'b'])

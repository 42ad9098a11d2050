const o = {}
o[1] = 'one'
console.log(o['1'], o[1.0], Object.keys(o))
o[-0] = 'minus zero'
o[1e21] = 'big'
o[0.0000001] = 'small'
o[null] = 'null key'
o[[1, 2]] = 'array key'
console.log(Object.keys(o))
console.log(o['0'], o['null'], o['1,2'])

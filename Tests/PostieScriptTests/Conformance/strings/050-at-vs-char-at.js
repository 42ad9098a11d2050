const s = 'xyz'
console.log(s.at(-1), JSON.stringify(s.charAt(-1)), s.at(3), JSON.stringify(s.charAt(3)))
console.log(s.at(0) === s.charAt(0), s.at(-3), s[-3])
console.log(''.at(-1), JSON.stringify(''.charAt(0)))
console.log(s.at(-4), JSON.stringify(s.charAt(-4)), s.at('1') === s.charAt('1'))

const s = 'abcdef'
console.log(s.at(NaN), s.at(undefined), s.at(null), s.at(true), s.at('3'), s.at('x'))
console.log(s.at(-0), s.at(2.99), s.at(-1.5), s.at([2]))
console.log(s.at({ valueOf: () => -1 }), s.at(Infinity), s.at(-Infinity), s.at(5.999))
console.log(s.at('  2  '), s.at('0x1'), s.at('1e0'))

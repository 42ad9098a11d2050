const s = 'abc😀'
console.log(s.at(0), s.at(-1) === '\ude00', s.at(-5), s.at(5), s.at(-6))
console.log(s.at(1.5), s.at('-2') === '\ud83d', s.at(), s.at(NaN))
console.log('x'.at(-1), ''.at(0))
console.log(String.prototype.at.call(12345, -2), typeof String.prototype.at)

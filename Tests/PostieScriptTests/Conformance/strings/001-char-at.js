const s = 'hello'
console.log(s.charAt(0), s.charAt(4), JSON.stringify(s.charAt(5)), JSON.stringify(s.charAt(-1)))
console.log(s.charAt(1.9), s.charAt('2'), s.charAt(), s.charAt(NaN), s.charAt(null))
console.log('😀'.charAt(0).length, '😀'.charAt(0) === '\ud83d')
console.log(String.prototype.charAt.call(12345, 2))

const s = '😀'
console.log(/^.$/.test(s), /^.$/u.test(s), /^..$/.test(s))
console.log(s.match(/./g).length, s.match(/./gu).length)
console.log(/\u{1F600}/u.test(s), /\u{61}/.test('a'), /\u{2}/.test('uu'))
console.log(/[😀]/u.test(s), /^[😀]$/.test(s))
console.log('a😀b'.split(/(?:)/u), 'a😀b'.split(/(?:)/).length)

const s = 'line one\nline two\r\nline three'
console.log(s.match(/^line \w+/g), s.match(/^line \w+/gm))
console.log(s.match(/\w+$/g), s.match(/\w+$/gm))
console.log(/^b/m.test('a\u2028b'), /a$/m.test('a\rb'))
console.log(/a$/.test('a\n'), /a$/m.test('a\n'), /^$/m.test('x\n\ny'))

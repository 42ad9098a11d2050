const s = '😀'
console.log(s.length, s.charCodeAt(0).toString(16), s.charCodeAt(1).toString(16))
console.log(s[0] === '\ud83d', s[1] === '\ude00', s.split('').length)
console.log('a😀b'.slice(1, 2).length, 'a😀b'.slice(1, 3) === s)
console.log('👨‍👩‍👧'.length, [...'👨‍👩‍👧'].length)
console.log('\u{10FFFF}'.length, 'é'.length, 'e\u0301'.length)

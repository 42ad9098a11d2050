const s = 'a😀b'
console.log(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3))
console.log(s.codePointAt(4), s.codePointAt(-1))
console.log('\ud83d'.codePointAt(0), '\ude00\ud83d'.codePointAt(0))
console.log('𝒳'.codePointAt(0).toString(16), String.fromCodePoint('𝒳'.codePointAt(0)) === '𝒳')

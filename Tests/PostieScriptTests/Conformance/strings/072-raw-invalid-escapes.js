console.log(String.raw`\u`, String.raw`\x`, String.raw`\u{`, String.raw`\1`)
console.log(String.raw`\u{110000}`.length, String.raw`\\`.length, String.raw`a\
b`.length)
console.log(String.raw`${1}\${2}`)
function tag(s) { return [s[0], s.raw[0]] }
console.log(tag`\u{zz}`, tag`\x1`)

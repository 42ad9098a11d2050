const spaces = ['\u0009', '\u000a', '\u000b', '\u000c', '\u000d', '\u0020', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']
console.log(spaces.every(c => (c + 'x' + c).trim() === 'x'))
const notSpaces = ['\u200b', '\u180e', '\u0085', '\u00ad']
console.log(notSpaces.map(c => (c + 'x').trim().length))
const s = '\u00a0 padded \u3000'
console.log(JSON.stringify(s.trim()), JSON.stringify(s.trimStart()), JSON.stringify(s.trimEnd()))
console.log(String.prototype.trimLeft.name, String.prototype.trimRight.name)

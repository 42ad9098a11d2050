const composed = '\u00e9'
const decomposed = 'e\u0301'
console.log(composed === decomposed, composed.length, decomposed.length)
console.log(composed.normalize('NFD') === decomposed, decomposed.normalize() === composed)
console.log(decomposed.normalize('NFC').length, 'Å'.normalize('NFD').length, '\u212b'.normalize('NFC') === '\u00c5')
console.log('한'.normalize('NFD').length, '한'.normalize('NFD').normalize('NFC') === '한')

const smile = '\uD83D\uDE00'
console.log(smile === '😀')
console.log(smile.length, [...smile].length)
console.log('\uD83D'.length, '\uDE00\uD83D' === '😀')
console.log(encodeURIComponent(smile))
console.log('😀'.codePointAt(0).toString(16))

const re = /ab+c/gi
const copy = new RegExp(re)
const reflagged = new RegExp(re, 'm')
console.log(copy !== re, copy.source, copy.flags, reflagged.flags, reflagged.source)
console.log(RegExp(re) === re, RegExp(re, 'g') === re, new RegExp(re) === re)
console.log(new RegExp('x', undefined).flags, new RegExp(undefined).source, new RegExp(null).source)
console.log(RegExp('a|b').test('b'), new RegExp(123).source)

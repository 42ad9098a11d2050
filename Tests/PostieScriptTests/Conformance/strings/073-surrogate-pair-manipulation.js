function reverseCodePoints(s) { return [...s].reverse().join('') }
console.log(reverseCodePoints('ab😀c'), 'ab😀c'.split('').reverse().join('') === reverseCodePoints('ab😀c'))
function countCodePoints(s) { let n = 0; for (const _ of s) n++; return n }
console.log(countCodePoints('😀😁x'), '😀😁x'.length)
const high = 0xd83d, low = 0xde00
console.log(((high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000).toString(16))

try { 'aaa'.replaceAll(/a/, 'b') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log('a+b+c'.replaceAll('+', ' plus '))
console.log('abab'.replaceAll('b', (m, off) => off))
console.log('xyz'.replaceAll('', '-'))
console.log('😀😀'.replaceAll('', '|').length)

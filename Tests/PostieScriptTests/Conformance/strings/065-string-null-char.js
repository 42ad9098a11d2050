const s = 'a\0b'
console.log(s.length, s.charCodeAt(1), s.split('\0'), s.indexOf('\0'))
console.log(JSON.stringify(s), [s], encodeURIComponent(s))
console.log('\0' === '\u0000', '\x00'.length)
console.log('x\0'.trim().length, '\0'.padStart(3, '\0').length)

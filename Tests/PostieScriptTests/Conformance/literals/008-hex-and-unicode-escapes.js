console.log('\x41\x62\x7A')
console.log('\u0041\u00e9')
console.log('\u{41}\u{1F600}'.length)
console.log('\u{1F600}' === '\uD83D\uDE00')
console.log('\u{000000041}')
try { eval("'\\u{110000}'") } catch (e) { console.log(e.name + ': ' + e.message) }
try { eval("'\\x4'") } catch (e) { console.log(e.name + ': ' + e.message) }

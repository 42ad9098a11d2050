console.log(/\101/.test('A'), /\0101/.test('\x001'), /[\101]/.test('A'))
console.log(/\8/.test('8'), /(a)\2/.test('a\x02'))
try { new RegExp('\\101', 'u') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(/\00/.test('\x00'), /\377/.test('\xff'), /\400/.test('\x200'))
console.log(/\1(a)/.exec('a')[0], /[\1]/.test('\x01'))

console.log(/\u{2}/.test('uu'), /\u{2}/u.test('\u0002'), /\u{41}/u.test('A'))
console.log(/\x4/.test('x4'), /\c/.test('\\c'), /\cJ/.test('\n'), /[\c]/.test('c'))
console.log(/\q/.test('q'), /\-/.test('-'))
try { new RegExp('\\q', 'u') } catch (e) { console.log(e.name + ': ' + e.message) }
try { new RegExp('\\u{110000}', 'u') } catch (e) { console.log(e.name + ': ' + e.message) }

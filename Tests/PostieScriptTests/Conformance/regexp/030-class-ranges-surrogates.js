console.log(/^[😀-😂]$/u.test('😁'), /^[😀-😂]$/u.test('😃'))
try { new RegExp('[😀-😂]') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(/^[^a]$/u.test('😀'), /^[^a]$/.test('😀'))
console.log(/[\u{1F600}-\u{1F64F}]/u.test('🙂'), '😀x😂'.replace(/[😀-😂]/gu, '*'))
console.log('😀'.match(/[😀-😂]/gu).length, /[\ud83d\ude00]/.test('\ude00'))

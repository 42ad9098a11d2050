console.log('aaaaa'.match(/a{2}/g), 'aaaaa'.match(/a{2,}/)[0], 'aaaaa'.match(/a{1,2}/g))
console.log(/a{,3}/.test('a{,3}'), /x{a}/.test('x{a}'), /a{1}b{0}/.test('a'))
try { new RegExp('a{,3}', 'u') } catch (e) { console.log(e.name + ': ' + e.message) }
try { new RegExp('{', 'u') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(/{/.test('{'), /}/.test('}'), /]/.test(']'))

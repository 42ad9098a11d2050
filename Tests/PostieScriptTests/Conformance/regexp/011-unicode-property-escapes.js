console.log('aÉ1ж_'.match(/\p{L}/gu))
console.log('aÉ1ж'.match(/\p{Lu}/gu), '1٣٤x'.match(/\p{Nd}/gu))
console.log('αβγ abc'.match(/\p{Script=Greek}+/u)[0])
console.log('a1!'.match(/\P{L}/gu))
try { new RegExp('\\p{Nope}', 'u') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(/\p{L}/.test('p{L}'))

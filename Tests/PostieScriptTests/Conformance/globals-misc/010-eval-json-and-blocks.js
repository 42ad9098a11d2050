const json = '{"a": 1, "b": [true, null]}'
console.log(eval('(' + json + ')'))
console.log(eval('{a:1}'))
console.log(eval('{ "a": 1 }' === json ? 'same' : '({ "a": 1 })'))
try { eval('{"a": 1}') } catch (e) { console.log(e.name + ': ' + e.message) }

const ls = String.fromCharCode(0x2028)
const ps = String.fromCharCode(0x2029)
console.log(eval("'a" + ls + "b'").length)
console.log(eval('"c' + ps + 'd"').charCodeAt(1).toString(16))
try { eval("'a\nb'") } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(JSON.parse('"x' + ls + 'y"').length)

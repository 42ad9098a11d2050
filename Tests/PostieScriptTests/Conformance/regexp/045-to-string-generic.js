console.log(RegExp.prototype.toString.call({ source: 'a', flags: 'g' }))
console.log(RegExp.prototype.toString.call({}))
try { RegExp.prototype.toString.call(1) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(RegExp.prototype.source, RegExp.prototype.flags === '', String(RegExp.prototype))
console.log(RegExp.prototype.toString.call({ source: 'x', flags: undefined }), String(/a/ig))

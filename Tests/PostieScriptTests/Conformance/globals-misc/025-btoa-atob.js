console.log(btoa('hello'), atob('aGVsbG8='), btoa(''), atob(''))
console.log(btoa('\xff\xfe'), atob('//4=').charCodeAt(0), btoa('a'), btoa('ab'))
console.log(atob(' aGVs bG8= '), atob('aGVsbG8'))
try { btoa('€') } catch (e) { console.log(e.name + ': ' + e.message) }
try { atob('***') } catch (e) { console.log(e.name + ': ' + e.message) }

console.log('a.b'.search('.'), 'a+b'.search('\\+'), '(x)'.search('\\('))
try { 'a+b'.match('+') } catch (e) { console.log(e.name + ': ' + e.message) }
try { 'a'.search('(') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log('a[b]'.match('[b]')[0], 'a[b]'.includes('[b]'))
console.log('aaa'.search('a{2}'), 'a{2}'.indexOf('a{2}'), 'x$'.search('$'), 'x$'.indexOf('$'))

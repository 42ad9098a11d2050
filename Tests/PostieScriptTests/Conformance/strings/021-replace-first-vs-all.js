const s = 'cat, cat, cat'
console.log(s.replace('cat', 'dog'), s.replaceAll('cat', 'dog'))
console.log(s.replace(/cat/, 'dog'), s.replace(/cat/g, 'dog'), s.replaceAll(/cat/g, 'dog'))
console.log('a.b.c'.replace('.', '-'), 'a.b.c'.replaceAll('.', '-'))
console.log('aaa'.replaceAll('aa', 'b'), 'xxx'.replace('', '_'))

const a = ['a', 'b', 'c']
console.log(a.indexOf('c', 3), a.indexOf('c', 2), a.indexOf('a', -1), a.indexOf('c', -1))
console.log(a.indexOf('a', -Infinity), a.indexOf('a', Infinity), a.indexOf('b', '1'), a.indexOf('b', 1.9))
console.log(a.indexOf('a', 0.5), a.indexOf('c', -3.5), a.indexOf('b', null), a.indexOf('b', undefined))
console.log(a.indexOf('z', -1), Array.prototype.indexOf.call({ length: 2, 1: 'q' }, 'q'))

const s = 'abcabc'
console.log(s.indexOf('b'), s.indexOf('b', 2), s.indexOf('b', -5), s.indexOf('b', 100))
console.log(s.indexOf(''), s.indexOf('', 3), s.indexOf('', 100), s.indexOf('abc', 3))
console.log(s.indexOf('B'), s.indexOf('bc', 4), s.indexOf('c', 5.9))
console.log('a1null'.indexOf(null), 'undefined'.indexOf(), 'x,y'.indexOf(['y']))

const s = 'a,b,c,d'
console.log(s.split(','), s.split(',', 2), s.split(',', 0), s.split(',', -1))
console.log(s.split(), s.split(undefined), s.split(undefined, 0))
console.log(s.split('|'), ''.split(','), ''.split(''))
console.log(s.split(',', 2.7), s.split(',', '3'))

const s = 'canal canal'
console.log(s.lastIndexOf('a'), s.lastIndexOf('a', 5), s.lastIndexOf('a', 0), s.lastIndexOf('c', -5))
console.log(s.lastIndexOf(''), s.lastIndexOf('', 3), s.lastIndexOf('', 100))
console.log(s.lastIndexOf('canal'), s.lastIndexOf('canal', 5), s.lastIndexOf('x'))
console.log(s.lastIndexOf('a', NaN), s.lastIndexOf('a', undefined), s.lastIndexOf('l', Infinity))

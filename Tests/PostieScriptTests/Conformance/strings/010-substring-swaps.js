const s = 'JavaScript'
console.log(s.substring(4), s.substring(0, 4), s.substring(4, 0), s.substring(-3, 2))
console.log(s.substring(NaN, 3), s.substring(3, NaN), s.substring(2, 2), s.substring(100, 8))
console.log(s.substring(-5), s.substring(1.5, 3.5), s.substring('1', '3'))
console.log(s.substring(-Infinity, Infinity), s.substring(Infinity, 4), s.substring(null, 2))

const s = 'John Smith'
console.log(s.replace(/(\w+)\s(\w+)/, '$2, $1'))
console.log('abc'.replace('b', '[$&]'), 'abc'.replace('b', "[$`]"), 'abc'.replace('b', "[$']"), 'abc'.replace('b', '[$$]'))
console.log('2024-03-10'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'))
console.log('abc'.replace(/(b)/, '$0 $1 $2 $01 $10'))
console.log('abc'.replace('b', '$1'), 'abc'.replace(/b/, '$<name>'), 'abc'.replace(/(?<n>b)/, '[$<missing>]'))
console.log('x'.replace('x', '$'), 'x'.replace('x', 'a$b'), 'aXa'.replaceAll('X', '$&$&'))

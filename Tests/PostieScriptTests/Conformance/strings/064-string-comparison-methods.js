const pairs = [['a', 'b'], ['B', 'a'], ['10', '9'], ['', ' '], ['abc', 'ab']]
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), x < y, x > y, x === y)
console.log('a' < 'B', 'a'.toUpperCase() < 'B', 'é' > 'z', 'Z' < 'a')
console.log(['b', 'a', 'B', 'A'].sort().join(''), ['b', 'a', 'B', 'A'].sort((x, y) => x.localeCompare(y)).join(''))
console.log('abc' == new String('abc'), 'abc' === String('abc'))

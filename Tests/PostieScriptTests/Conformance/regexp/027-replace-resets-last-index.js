const re = /o/g
re.lastIndex = 2
console.log('foo boo'.replace(re, '0'), re.lastIndex)
re.lastIndex = 2
console.log(re.test('foo'), re.lastIndex)
const m = 'foo boo'.match(re)
console.log(m, re.lastIndex)

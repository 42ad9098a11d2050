const re = /foo/y
const s = 'foofoo foo'
console.log(re.test(s), re.lastIndex, re.test(s), re.lastIndex, re.test(s), re.lastIndex)
re.lastIndex = 7
console.log(re.exec(s).index, re.lastIndex)
const notAtStart = /b/y
console.log(notAtStart.test('ab'), notAtStart.lastIndex)
notAtStart.lastIndex = 1
console.log(notAtStart.test('ab'))

const re = /a/g
re.lastIndex = 10
console.log(re.test('aaa'), re.lastIndex)
re.lastIndex = 3
console.log(re.exec('aaa'), re.lastIndex)
re.lastIndex = -5
console.log(re.exec('aaa').index, re.lastIndex)
re.lastIndex = '1'
console.log(re.exec('aaa').index, re.lastIndex)

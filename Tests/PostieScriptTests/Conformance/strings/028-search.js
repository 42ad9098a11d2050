const re = /o/g
re.lastIndex = 5
console.log('hello world'.search(re), re.lastIndex)
console.log('hello'.search('l'), 'hello'.search(/z/), 'a.b'.search('.'), 'a.b'.search('\\.'))
console.log('ABC'.search(/b/i), 'abc'.search(), 'undefined'.search(undefined))

console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'))
console.log('apple'.localeCompare('apples'), ''.localeCompare('a'), 'a'.localeCompare(''))
const words = ['pear', 'Apple', 'banana', 'apple', 'Banana', 'cherry']
console.log(words.slice().sort((x, y) => x.localeCompare(y)))
console.log(['item10', 'item2', 'item1'].sort((x, y) => x.localeCompare(y)))
console.log(Math.sign('a'.localeCompare('B')), Math.sign('A'.localeCompare('b')))

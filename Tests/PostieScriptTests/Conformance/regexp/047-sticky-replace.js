const re = /\d/y
console.log('12a3'.replace(re, 'x'), re.lastIndex)
console.log('12a3'.replace(/\d/gy, 'x'))
re.lastIndex = 2
console.log('12a3'.replace(re, 'x'), re.lastIndex)
console.log('a1'.replace(/\d/y, 'x'))

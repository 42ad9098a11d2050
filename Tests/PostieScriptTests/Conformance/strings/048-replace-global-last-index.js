const re = /a/g
re.lastIndex = 3
console.log('banana'.replace(re, 'o'), re.lastIndex)
const sticky = /a/y
sticky.lastIndex = 1
console.log('banana'.replace(sticky, 'o'), sticky.lastIndex)
console.log('banana'.replace(/a/gy, 'o'), 'aab'.replace(/a/gy, 'o'))

const re = /a/g
const s = 'aXa'
console.log(re.test(s), re.lastIndex)
console.log(re.test(s), re.lastIndex)
console.log(re.test(s), re.lastIndex)
console.log(re.test(s), re.lastIndex)
const words = ['ab', 'ab', 'ab']
const g = /a/g
console.log(words.map(w => g.test(w)))

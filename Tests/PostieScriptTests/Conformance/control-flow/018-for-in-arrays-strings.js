const arr = ['x', , 'z']
arr.extra = 'prop'
const keys = []
for (const k in arr) keys.push(k, typeof k)
console.log(keys)
const chars = []
for (const i in 'hey') chars.push(i)
console.log(chars)

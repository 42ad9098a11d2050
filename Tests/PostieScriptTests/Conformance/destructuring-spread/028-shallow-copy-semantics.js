const original = { list: [1, 2], nested: { v: 1 } }
const copy = { ...original }
copy.list.push(3)
copy.nested = { v: 2 }
console.log(original, copy)
const arr = [[1], [2]]
const arrCopy = [...arr]
arrCopy[0].push('shared')
arrCopy[1] = 'replaced'
console.log(arr, arrCopy)

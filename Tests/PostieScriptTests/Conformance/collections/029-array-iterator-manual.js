const arr = ['a', 'b']
const it = arr[Symbol.iterator]()
console.log(it.next(), it.next(), it.next())
arr.push('c')
console.log(it.next())
const live = [1, 2]
const it2 = live.values()
it2.next()
live.push(3)
console.log(it2.next(), it2.next(), it2.next())

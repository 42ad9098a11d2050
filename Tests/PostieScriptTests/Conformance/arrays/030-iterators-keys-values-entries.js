const a = ['a', , 'c']
console.log([...a.keys()], Object.keys(a))
console.log([...a.values()], [...a.entries()])
const it = a.entries()
console.log(it.next(), it.next(), it.next(), it.next())
console.log(a[Symbol.iterator] === a.values, typeof it[Symbol.iterator])

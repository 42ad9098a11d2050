const m = new Map()
m.set({ id: 1 }, 'first')
console.log(m.get({ id: 1 }), m.size)
const key = [1, 2]
m.set(key, 'array key')
console.log(m.get(key), m.get([1, 2]))
const byString = new Map([[JSON.stringify({ id: 1 }), 'by json']])
console.log(byString.get(JSON.stringify({ id: 1 })))

const m = new Map([['a', 1], ['b', 2]])
for (const [key, value] of m) console.log(key, value)
for (const [k, v] of Object.entries({ x: 10, y: 20 })) console.log(k + '=' + v)
const people = [{ name: 'A', langs: ['js', 'go'] }, { name: 'B', langs: [] }]
for (const { name, langs: [primary = 'none'] } of people) console.log(name, primary)
for (const [i, ch] of [...'hi'].entries()) console.log(i, ch)

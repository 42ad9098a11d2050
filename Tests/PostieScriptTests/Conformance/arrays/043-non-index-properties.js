const a = [1, 2]
a.label = 'extra'
a.count = 3
console.log(a.length, Object.keys(a))
const ofValues = []
for (const v of a) ofValues.push(v)
const inKeys = []
for (const k in a) inKeys.push(k)
console.log(ofValues, inKeys)
console.log(JSON.stringify(a), a.map(x => x))

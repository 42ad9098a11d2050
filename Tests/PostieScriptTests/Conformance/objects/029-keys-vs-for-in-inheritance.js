const base = { inheritedEnum: 1 }
Object.defineProperty(base, 'inheritedHidden', { value: 2, enumerable: false })
const o = Object.create(base)
o.own = 3
const forIn = []
for (const k in o) forIn.push(k)
console.log(Object.keys(o), forIn)
console.log(Object.entries(o), JSON.stringify(o))

const s = Symbol('secret')
const o = { visible: 1, [s]: 'hidden from most' }
const forIn = []
for (const k in o) forIn.push(k)
console.log(Object.keys(o), forIn, JSON.stringify(o))
console.log(Object.getOwnPropertySymbols(o), o[s])
console.log(Object.assign({}, o)[s], { ...o }[s])
console.log(s in o, o.hasOwnProperty(s), o.propertyIsEnumerable(s))

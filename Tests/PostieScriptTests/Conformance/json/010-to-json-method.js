const o = { toJSON(key) { return 'toJSON called with ' + JSON.stringify(key) } }
console.log(JSON.stringify(o))
console.log(JSON.stringify({ nested: o, arr: [o] }))
console.log(JSON.stringify({ a: { toJSON() { return undefined } }, b: 1 }))
console.log(JSON.stringify({ toJSON: 'not a function', x: 1 }))
const inherited = Object.create({ toJSON() { return 'from proto' } })
console.log(JSON.stringify(inherited))

const proto = { shared: 'proto', other: 'proto other' }
const obj = Object.create(proto)
Object.defineProperty(obj, 'shared', { value: 'own hidden', enumerable: false })
const keys = []
for (const k in obj) keys.push(k)
console.log(keys)
console.log(obj.shared)

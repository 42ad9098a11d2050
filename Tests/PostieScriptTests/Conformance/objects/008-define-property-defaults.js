const o = {}
Object.defineProperty(o, 'x', { value: 1 })
console.log(Object.getOwnPropertyDescriptor(o, 'x'))
o.x = 2
console.log(o.x, Object.keys(o), JSON.stringify(o), delete o.x)
try { Object.defineProperty(o, 'x', { value: 3 }) } catch (e) { console.log(e.name + ': ' + e.message) }
Object.defineProperty(o, 'x', { value: 1 })
console.log('same value redefine ok')

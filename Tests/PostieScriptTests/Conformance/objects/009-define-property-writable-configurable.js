const o = {}
Object.defineProperty(o, 'w', { value: 1, writable: true, configurable: false })
Object.defineProperty(o, 'w', { value: 2 })
Object.defineProperty(o, 'w', { writable: false })
console.log(o.w, Object.getOwnPropertyDescriptor(o, 'w'))
try { Object.defineProperty(o, 'w', { writable: true }) } catch (e) { console.log(e.name + ': ' + e.message) }
Object.defineProperty(o, 'c', { value: 1, configurable: true })
Object.defineProperty(o, 'c', { get() { return 'now accessor' } })
console.log(o.c, Object.getOwnPropertyDescriptor(o, 'c').set)

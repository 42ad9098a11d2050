const proto = { inherited: 1 }
const o = Object.create(proto)
o.own = 2
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false })
Object.defineProperty(o, 'getter', { get() { return 'computed' }, enumerable: true })
console.log(JSON.stringify(o))
class Point { constructor() { this.x = 1 } get len() { return 5 } }
console.log(JSON.stringify(new Point()))

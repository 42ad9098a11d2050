const a = { x: 1, y: 2 }
const b = { y: 3, z: 4 }
console.log({ ...a, ...b }, { ...b, ...a })
console.log({ x: 0, ...a, x2: 'after' }, { ...a, x: 'override' })
console.log({ ...null, ...undefined, ...123, ...true })
console.log({ ...'hi' }, { ...['p', 'q'] })
console.log(Object.keys({ b: 1, ...{ a: 2, 1: 'one' }, 0: 'zero' }))

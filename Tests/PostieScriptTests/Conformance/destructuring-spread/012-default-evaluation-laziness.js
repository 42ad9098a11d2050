const log = []
const def = name => { log.push(name); return name }
const { a = def('a'), b = def('b'), c = def('c') } = { b: 'given' }
console.log(a, b, c, log)
const [x = def('x'), y = def('y')] = [undefined, 0]
console.log(x, y, log)

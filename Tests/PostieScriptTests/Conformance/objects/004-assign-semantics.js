const log = []
const target = { set x(v) { log.push('target setter ' + v) } }
const source = { get x() { log.push('source getter'); return 1 }, y: 2 }
const sym = Symbol('k')
source[sym] = 'symbol copied'
Object.defineProperty(source, 'hidden', { value: 1, enumerable: false })
const r = Object.assign(target, null, source, undefined, 'ab', 5)
console.log(r === target, log)
console.log(Object.keys(r), r[sym], 'hidden' in r)

const log = []
const target = { set x(v) { log.push('setter ' + v) } }
Object.assign(target, { x: 1 })
const spread = { ...target, ...{ x: 2 } }
console.log(log, Object.getOwnPropertyDescriptor(spread, 'x'))
const withSetter = { set y(v) { log.push('literal setter ' + v) }, ...{ y: 3 } }
console.log(log, withSetter.y)

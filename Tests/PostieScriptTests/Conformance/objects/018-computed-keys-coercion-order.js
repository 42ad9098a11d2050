const log = []
const key = (v) => { log.push('key ' + String(v)); return v }
const val = (v) => { log.push('val ' + v); return v }
const o = { [key('a')]: val(1), [key(2)]: val(2), [key({ toString() { return 'obj' } })]: val(3), [key(null)]: val(4) }
console.log(o, log)
const sym = Symbol('computed')
console.log({ [sym]: 1, [1 + 1]: 'two', [`t${'pl'}`]: 3 })

const e = new Error('message only')
delete e.stack
console.log(e)
const t = new TypeError('typed')
t.stack = undefined
console.log([t])
const custom = new RangeError('with props')
delete custom.stack
custom.code = 'E_RANGE'
console.log(custom)

async function value() { return 42 }
async function thrower() { throw new RangeError('async throw') }
const p = value()
console.log(p instanceof Promise, Object.prototype.toString.call(p))
p.then(v => console.log('resolved', v))
thrower().catch(e => console.log('rejected', e.name, e.message))
console.log(typeof value, value.constructor.name, Object.prototype.toString.call(value))

const objValue = { valueOf() { return {} }, toString() { return 'fallback' } }
console.log(objValue + '', objValue * 1)
const neither = { valueOf() { return {} }, toString() { return {} } }
try { neither + 1 } catch (e) { console.log(e.name + ': ' + e.message) }
const badPrim = { [Symbol.toPrimitive]() { return {} } }
try { badPrim + 1 } catch (e) { console.log(e.name + ': ' + e.message) }
const notFn = { [Symbol.toPrimitive]: 'nope' }
try { notFn + 1 } catch (e) { console.log(e.name + ': ' + e.message) }

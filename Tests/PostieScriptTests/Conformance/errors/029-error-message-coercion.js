console.log(new Error({}).message, new Error([1, 2]).message, new Error(true).message)
console.log(new Error(Symbol.iterator.description).message)
try { new Error(Symbol('s')) } catch (e) { console.log(e.name + ': ' + e.message) }
const throwing = { toString() { throw new RangeError('toString failed') } }
try { new Error(throwing) } catch (e) { console.log(e.name + ': ' + e.message) }

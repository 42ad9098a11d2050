console.log(Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag], typeof JSON)
console.log(Object.keys(JSON), Object.getOwnPropertyNames(JSON).sort())
console.log(JSON.stringify.length, JSON.parse.length, JSON.stringify.name)
try { new JSON() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(Object.getPrototypeOf(JSON) === Object.prototype, Object.isExtensible(JSON))

function F() {}
const x = new F()
console.log(x instanceof F)
F.prototype = {}
console.log(x instanceof F)
const y = new F()
console.log(y instanceof F)
Object.setPrototypeOf(x, F.prototype)
console.log(x instanceof F)
function G() {}
G.prototype = 5
try { console.log(x instanceof G) } catch (e) { console.log(e.name + ': ' + e.message) }

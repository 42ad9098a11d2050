const privates = new WeakMap()
function Person(name) { privates.set(this, { name, visits: 0 }) }
Person.prototype.visit = function () { const p = privates.get(this); p.visits++; return `${p.name}:${p.visits}` }
const a = new Person('a'), b = new Person('b')
console.log(a.visit(), a.visit(), b.visit())
console.log(Object.keys(a), JSON.stringify(a), privates.has(a))

function A() {}
function B() {}
B.prototype = Object.create(A.prototype)
const b = new B()
console.log(A.prototype.isPrototypeOf(b), B.prototype.isPrototypeOf(b), Object.prototype.isPrototypeOf(b))
console.log(Object.prototype.isPrototypeOf(Object.create(null)), A.prototype.isPrototypeOf(1))
console.log(Function.prototype.isPrototypeOf(A), Array.prototype.isPrototypeOf([]))

class A {
  detached() { return this }
  assignUndeclared() { try { undeclaredInClass = 1 } catch (e) { return e.name + ': ' + e.message } }
}
const { detached } = A.prototype
console.log(detached())
console.log(new A().assignUndeclared())
function sloppy() { return typeof this }
console.log(sloppy())

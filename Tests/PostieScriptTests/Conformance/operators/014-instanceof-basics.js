class A {}
class B extends A {}
const b = new B()
console.log(b instanceof B, b instanceof A, b instanceof Object)
console.log([] instanceof Array, [] instanceof Object, (() => {}) instanceof Function)
console.log(Object.create(null) instanceof Object)
console.log(1 instanceof Number, new Number(1) instanceof Number, 'x' instanceof String)
try {
  console.log(b instanceof {})
} catch (e) {
  console.log(e.name + ': ' + e.message)
}

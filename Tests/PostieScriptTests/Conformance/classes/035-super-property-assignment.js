class A {}
class B extends A {
  set() { super.prop = 'via super'; return this.prop }
  read() { return super.prop }
}
const b = new B()
console.log(b.set(), b.hasOwnProperty('prop'), b.read())
A.prototype.prop = 'on prototype'
console.log(b.read())

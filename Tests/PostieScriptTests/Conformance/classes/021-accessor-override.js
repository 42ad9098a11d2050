class A {
  get value() { return 'A' }
  set value(v) { this._a = v }
}
class B extends A {
  get value() { return 'B+' + super.value }
}
const b = new B()
console.log(b.value)
b.value = 5
console.log(b._a, Object.keys(b))
class C extends A { set value(v) { super.value = v * 2 } }
const c = new C()
c.value = 2
console.log(c.value, c._a)

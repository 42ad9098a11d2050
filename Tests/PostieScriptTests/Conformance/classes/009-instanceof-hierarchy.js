class A {}
class B extends A {}
class C extends B {}
const c = new C()
console.log(c instanceof C, c instanceof B, c instanceof A, new A() instanceof C)
console.log(Object.getPrototypeOf(C) === B, Object.getPrototypeOf(A) === Function.prototype)
console.log(A.prototype.isPrototypeOf(c), Object.create(B.prototype) instanceof A)

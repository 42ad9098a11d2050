class A {
  static s1 = 1
  static m() {}
  static get g() { return 1 }
}
console.log(Object.getOwnPropertyNames(A))
function F() { 'use strict' }
F.extra = 1
console.log(Object.getOwnPropertyNames(F))
console.log(Object.getOwnPropertyNames((() => {})))

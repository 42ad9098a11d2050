class A {
  constructor() { this.own = 1 }
  method() {}
  get acc() { return 1 }
  static st() {}
}
console.log(Object.keys(A.prototype), Object.getOwnPropertyNames(A.prototype))
const a = new A()
const keys = []
for (const k in a) keys.push(k)
console.log(keys, Object.keys(A))

class A { m() { return 'm' } }
A.prototype = { replaced: true }
console.log(typeof A.prototype.m, A.prototype.replaced)
const d = Object.getOwnPropertyDescriptor(A, 'prototype')
console.log(d.writable, d.enumerable, d.configurable)
A.prototype.m = () => 'patched'
console.log(new A().m())

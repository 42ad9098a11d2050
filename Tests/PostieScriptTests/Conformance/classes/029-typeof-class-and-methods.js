class A { m() {} static s() {} }
console.log(typeof A, typeof A.prototype.m, A.prototype.m.prototype, A.s.prototype)
try { new A.prototype.m() } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(A.prototype.constructor === A, Object.getOwnPropertyDescriptor(A.prototype, 'constructor').enumerable)
console.log(Object.getOwnPropertyDescriptor(A.prototype, 'm').enumerable, A.s.name)

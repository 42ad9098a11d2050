class A { m() { return 1 } }
const a1 = new A(), a2 = new A()
console.log(a1.m === a2.m)
a1.m = () => 'own'
console.log(a1.m(), a2.m(), A.prototype.m.call(a1))
A.prototype.added = function () { return 'added later' }
console.log(a2.added())

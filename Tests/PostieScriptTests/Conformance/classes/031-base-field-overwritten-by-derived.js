class A { x = 'A field'; y = this.x + '!' }
class B extends A { x = 'B field' }
const b = new B()
console.log(b.x, b.y)
console.log(Object.keys(b))

class Shape {
  constructor() { this.kind = new.target.name }
}
class Circle extends Shape {}
class Square extends Shape {}
console.log(new Shape().kind, new Circle().kind, new Square().kind)
class Abstract {
  constructor() { if (new.target === Abstract) throw new TypeError('Abstract is abstract') }
}
class Concrete extends Abstract {}
try { new Abstract() } catch (e) { console.log(e.message) }
console.log(new Concrete() instanceof Abstract)

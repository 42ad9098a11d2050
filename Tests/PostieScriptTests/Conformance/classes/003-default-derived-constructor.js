class Base {
  constructor(...args) { this.args = args }
}
class Derived extends Base {}
console.log(new Derived(1, 2, 3).args)
console.log(Derived.length, Base.length)
class Empty {}
console.log(Empty.length, new Empty() instanceof Empty)

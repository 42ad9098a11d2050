class A {
  static create() { return 'A.create' }
  static describe() { return 'static of ' + this.name }
}
class B extends A {
  static create() { return super.create() + ' -> B.create' }
  static describe() { return super.describe() + '!' }
}
console.log(B.create(), B.describe(), A.describe())

class MathUtil {
  static square(x) { return x * x }
  static get version() { return '1.0' }
  static create() { return new this() }
}
class Sub extends MathUtil {}
console.log(MathUtil.square(4), MathUtil.version, Sub.square(5), Sub.version)
console.log(Sub.create() instanceof Sub, typeof new MathUtil().square)
console.log(Object.getOwnPropertyNames(MathUtil))

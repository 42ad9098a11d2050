const log = []
class A {
  a = (log.push('field a'), 1)
  constructor() { log.push('constructor body, a=' + this.a + ' b=' + this.b) }
  b = (log.push('field b'), 2)
}
const x = new A()
console.log(log)
console.log(Object.keys(x))

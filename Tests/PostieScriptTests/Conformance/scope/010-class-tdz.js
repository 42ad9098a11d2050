try {
  new A()
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
class A {
  constructor() { this.ok = true }
}
console.log(new A().ok)

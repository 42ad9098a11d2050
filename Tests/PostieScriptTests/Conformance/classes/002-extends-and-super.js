class Animal {
  constructor(name) { this.name = name }
  speak() { return this.name + ' makes a sound' }
}
class Dog extends Animal {
  constructor(name) { super(name); this.kind = 'dog' }
  speak() { return super.speak() + ' (woof)' }
}
const d = new Dog('Rex')
console.log(d.speak())
console.log(d instanceof Dog, d instanceof Animal, Object.keys(d))
console.log(Object.getPrototypeOf(Dog) === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype)

let counter = 0
class Config {
  static defaults = { retries: 3 }
  static id = ++counter
  static self = this.name
}
console.log(Config.defaults, Config.id, Config.self)
class Child extends Config {}
console.log(Child.defaults === Config.defaults, Object.getOwnPropertyNames(Child))

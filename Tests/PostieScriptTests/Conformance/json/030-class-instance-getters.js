class User {
  constructor(name) { this.name = name; this._secret = 's' }
  get upper() { return this.name.toUpperCase() }
  toJSON() { return { name: this.name, upper: this.upper } }
}
console.log(JSON.stringify(new User('ann')))
console.log(JSON.stringify({ list: [new User('bo')] }, null, 1))
class Plain { constructor() { this.a = 1 } get b() { return 2 } }
console.log(JSON.stringify(new Plain()))

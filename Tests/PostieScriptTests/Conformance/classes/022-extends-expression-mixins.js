const Serializable = Base => class extends Base { serialize() { return JSON.stringify(this) } }
const Named = Base => class extends Base { get label() { return 'named:' + this.id } }
class Entity { constructor(id) { this.id = id } }
class User extends Serializable(Named(Entity)) {}
const u = new User(7)
console.log(u.serialize(), u.label, u instanceof Entity)
console.log(Object.getPrototypeOf(User).name === '', User.name)

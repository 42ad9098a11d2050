const arrow = async x => x * 2
const obj = { async method() { return 'method:' + (await arrow(2)) } }
class Service {
  async fetch(id) { return { id, name: 'item' + id } }
  static async create() { return new Service() }
}
arrow(21).then(v => console.log('arrow', v))
obj.method().then(v => console.log(v))
Service.create().then(s => s.fetch(7)).then(r => console.log(r))
console.log(arrow.constructor.name, obj.method.name, typeof Service.prototype.fetch)

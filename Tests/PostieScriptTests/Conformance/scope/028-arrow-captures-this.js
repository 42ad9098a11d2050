const obj = {
  name: 'obj',
  regular() { return [1].map(function () { return this === globalThis })[0] },
  arrow() { return [1].map(() => this.name)[0] },
  make() { return () => this.name }
}
console.log(obj.regular(), obj.arrow())
const detached = obj.make()
console.log(detached(), detached.call({ name: 'other' }))

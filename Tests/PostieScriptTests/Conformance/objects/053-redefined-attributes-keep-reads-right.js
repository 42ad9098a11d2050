// Objects built alike whose members are redefined (accessor to read-only data, data to hidden) in
// different orders: every read through the same code sites sees its own object's values and attributes.
function make (tag) {
  const o = {}
  for (const name of ['a', 'b', 'c']) {
    Object.defineProperty(o, name, {
      configurable: true,
      enumerable: true,
      get () {
        Object.defineProperty(this, name, { value: tag + name, writable: false, enumerable: false, configurable: false })
        return tag + name + '!'
      }
    })
  }
  o.plain = tag
  return o
}
function read (o) { return [o.a, o.b, o.c, o.plain].join(' ') }
const objects = [make('x'), make('y'), make('z'), make('w')]
console.log(objects[0].b, objects[1].c, objects[2].a)
for (let round = 0; round < 3; round++) {
  console.log(objects.map(read).join(' | '))
}
for (const o of objects) {
  console.log(Object.keys(o).join(','), JSON.stringify(o), Object.getOwnPropertyDescriptor(o, 'a').writable)
  o.plain = o.plain + '2'
  Object.defineProperty(o, 'plain', { enumerable: false })
  o.plain = 'ignored?'
  console.log(o.plain, Object.keys(o).length, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'plain')))
}
const frozen = make('f')
const before = read(frozen)
Object.freeze(frozen)
frozen.plain = 'changed'
console.log(before, Object.isFrozen(frozen), read(frozen), Object.isFrozen(make('g')), read(make('g')))

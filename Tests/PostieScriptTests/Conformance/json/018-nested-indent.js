const v = { users: [{ id: 1, tags: ['a', 'b'], meta: { active: true } }, { id: 2, tags: [], meta: {} }] }
console.log(JSON.stringify(v, null, 4))
console.log(JSON.stringify([[1, [2]], { k: [] }], null, 3))
console.log(JSON.stringify({ a: 'x' }, null, 4).split('\n').map(l => l.length))
console.log(JSON.stringify([], null, 4), JSON.stringify([[]], null, 4).length)

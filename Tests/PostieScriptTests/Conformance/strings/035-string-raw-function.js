console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3, 4))
console.log(String.raw({ raw: 'xyz' }, '-', '+'))
console.log(String.raw({ raw: [] }, 1), JSON.stringify(String.raw({ raw: { length: 0 } })))
console.log(String.raw`\t${'tab'}\n`.length)
try { String.raw({}) } catch (e) { console.log(e.name + ': ' + e.message) }

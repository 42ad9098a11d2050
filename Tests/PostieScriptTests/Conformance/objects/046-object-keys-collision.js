const a = {}, b = {}
const map = {}
map[a] = 'first'
map[b] = 'second'
console.log(Object.keys(map), map[a])
map[{ toString() { return 'custom' } }] = 'custom key'
console.log(Object.keys(map))

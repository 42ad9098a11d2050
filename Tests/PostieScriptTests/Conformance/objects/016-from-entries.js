console.log(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]))
console.log(Object.fromEntries(new Map([[1, 'one'], [Symbol.iterator, 'sym']])))
const o = { x: 1, y: 2 }
console.log(Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toUpperCase(), v * 10])))
console.log(Object.fromEntries([]), Object.fromEntries([[{}, 'objkey']]))
try { Object.fromEntries([1]) } catch (e) { console.log(e.name + ': ' + e.message) }

const id = Symbol('id'), tag = Symbol('tag')
const o = { [id]: 1, visible: 2 }
o[tag] = 3
console.log(o[id], o[tag], Object.keys(o), JSON.stringify(o))
console.log(Object.getOwnPropertySymbols(o), Object.getOwnPropertySymbols(o).map(s => s.description))
const copy = Object.assign({}, o)
const spread = { ...o }
console.log(copy[id], spread[tag], id in o, 'id' in o)

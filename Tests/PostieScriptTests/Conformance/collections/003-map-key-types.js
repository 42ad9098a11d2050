const m = new Map()
const objKey = {}, fnKey = function () {}, arrKey = []
m.set(objKey, 'object').set(fnKey, 'function').set(arrKey, 'array').set(null, 'null').set(undefined, 'undefined').set(true, 'bool')
console.log(m.get(objKey), m.get({}), m.get(fnKey), m.get(arrKey), m.get([]))
console.log(m.get(null), m.get(undefined), m.get(), m.get(true), m.get('true'))
console.log(m.size, [...m.keys()].map(k => typeof k))

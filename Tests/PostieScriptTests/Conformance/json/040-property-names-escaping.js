const o = { 'quote"key': 1, 'back\\slash': 2, 'tab\tkey': 3, 'é': 4, '😀': 5, '': 6 }
const s = JSON.stringify(o)
console.log(s)
console.log(Object.keys(JSON.parse(s)).join('|') === Object.keys(o).join('|'))
console.log(JSON.stringify({ '\u2028': 1, '/': 2, '\b': 3 }))
console.log(JSON.parse('{"\\u0061":1}').a, JSON.parse('{"":{"":2}}')[''][''])

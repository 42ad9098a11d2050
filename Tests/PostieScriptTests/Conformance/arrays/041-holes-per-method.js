const h = [1, , 3]
const visited = name => { const v = []; h[name]((x, i) => { v.push(i) }); return v.join('') }
console.log('forEach', visited('forEach'), 'some', visited('some'), 'every', [1, , 3].every((x, i) => (i !== 1)))
console.log('map', h.map(x => x), 'filter', h.filter(() => true))
console.log('find', (() => { const v = []; h.find((x, i) => { v.push(i) }); return v.join('') })())
console.log('indexOf', h.indexOf(undefined), 'includes', h.includes(undefined))
console.log('join', h.join(), 'toString', String(h), 'json', JSON.stringify(h))
console.log('sort', [3, , 1].sort(), 'flat', [1, , 3].flat(), 'spread', [...h])
console.log('keys', Object.keys(h), 'entries', [...h.entries()].length, 'reduce', h.reduce((a, b) => a + b))

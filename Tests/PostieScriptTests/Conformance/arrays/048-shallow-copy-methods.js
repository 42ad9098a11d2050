const nested = [[1], { a: 1 }]
const copies = [nested.slice(), [...nested], Array.from(nested), nested.concat(), nested.map(x => x)]
copies.forEach(c => console.log(c !== nested, c[0] === nested[0], c[1] === nested[1]))
const sliced = nested.slice()
sliced.push('only in copy')
console.log(nested.length, sliced.length)

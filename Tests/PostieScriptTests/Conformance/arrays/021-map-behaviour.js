const a = [1, , 3]
const m = a.map((v, i) => v * 10 + i)
console.log(m, 1 in m, m.length)
console.log(['a', 'b'].map((v, i, arr) => v + i + arr.length))
console.log([1, 2, 3].map(String), ['1', '2'].map(Number))
const grown = [1, 2]
console.log(grown.map(v => { grown.push(v); return v * 2 }), grown)

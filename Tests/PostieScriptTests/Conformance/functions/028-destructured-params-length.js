function f({ a }, [b], c = 1, d) {}
console.log(f.length)
const g = ({ x = 1, y = 2 } = {}) => x + y
console.log(g(), g({ x: 10 }), g.length)
const h = ([first, ...rest]) => [first, rest]
console.log(h('abc'))

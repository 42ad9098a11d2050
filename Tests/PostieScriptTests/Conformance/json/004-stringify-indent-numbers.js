const v = { a: 1, b: [1, 2], c: { d: null } }
console.log(JSON.stringify(v, null, 2))
console.log(JSON.stringify(v, null, 0))
console.log(JSON.stringify([1], null, 20) === JSON.stringify([1], null, 10))
console.log(JSON.stringify([1], null, -5), JSON.stringify([1], null, 1.9))
console.log(JSON.stringify({ x: 1 }, null, new Number(3)))

const data = { b: 2, a: 1, c: { a: 'nested', z: 26 }, 1: 'one' }
console.log(JSON.stringify(data, ['a', 'c']))
console.log(JSON.stringify(data, ['c', 'a', 'a', 'b']))
console.log(JSON.stringify(data, [1, 'b']))
console.log(JSON.stringify(data, [new String('b'), new Number(1), {}, true]))
console.log(JSON.stringify([{ a: 1, b: 2 }], ['b']))
console.log(JSON.stringify(data, []))

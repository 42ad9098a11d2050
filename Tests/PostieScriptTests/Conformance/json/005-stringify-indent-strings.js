const v = { a: [1, { b: 2 }] }
console.log(JSON.stringify(v, null, '\t'))
console.log(JSON.stringify(v, null, '--'))
console.log(JSON.stringify({ k: 1 }, null, 'abcdefghijklmnop'))
console.log(JSON.stringify({ k: 1 }, null, ''))
console.log(JSON.stringify({ k: 1 }, null, new String('> ')))

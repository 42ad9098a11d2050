const x = 5, name = 'PostieScript'
console.log(`sum: ${x + 1}`)
console.log(`${name} has ${name.length} chars`)
console.log(`${`inner ${x * 2}`} outer`)
console.log(`a
b`.length)
console.log(`\${not} $ {} $`)
console.log(`\u0041\x42\n`.length)

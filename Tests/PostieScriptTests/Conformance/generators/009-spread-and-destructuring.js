function* letters() { yield 'x'; yield 'y'; yield 'z' }
const [first, ...rest] = letters()
console.log(first, rest)
console.log(Math.max(...(function* () { yield 3; yield 9; yield 1 })()))
const [a, b] = letters()
console.log(a, b, new Set(letters()), new Map([...letters()].map((v, i) => [v, i])))

function f(...args) { return args }
console.log(f(1, ...[2, 3], 4, ...'ab'))
console.log(f(...[]), f(...[undefined]))
console.log(Math.max(...[1, 5, 3]), Math.max(...[]))
const d = new Date(...[2024, 0, 15])
console.log(d.getDate())
console.log(String.fromCharCode(...[72, 105]))

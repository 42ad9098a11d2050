const add = new Function('a', 'b', 'return a + b')
console.log(add(2, 3), add.name, add.length)
console.log(add.toString())
const noArgs = Function('return 7')
console.log(noArgs(), noArgs.toString())
const local = 'local'
const sees = new Function('return typeof local')
console.log(sees())

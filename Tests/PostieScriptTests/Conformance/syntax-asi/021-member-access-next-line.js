const grid = [[7, 8], [9]]
const v = grid
[0]
[1]
console.log(v)
const w = 'hello'
.toUpperCase()
console.log(w)

const grid = Array(3).fill(null).map(() => Array(3).fill(0))
grid[1][1] = 5
console.log(grid)
const wrong = Array(2).fill(Array(2).fill(0))
wrong[0][0] = 9
console.log(wrong)
console.log(new Array(3).fill().length, new Array(3).fill(7, 1))

function findFirstPair(grid, target) {
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) return [r, c]
    }
  }
  return null
}
const g = [[1, 2], [3, 4], [5, 4]]
console.log(findFirstPair(g, 4), findFirstPair(g, 9))

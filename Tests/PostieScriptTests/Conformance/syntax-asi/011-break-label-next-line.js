let visited = []
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) {
      break
      outer
    }
    visited.push(i + ':' + j)
  }
}
console.log(visited)
let labelled = []
outer2: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) break outer2
    labelled.push(i + ':' + j)
  }
}
console.log(labelled)

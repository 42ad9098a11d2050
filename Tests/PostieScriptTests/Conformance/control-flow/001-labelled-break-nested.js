const found = []
search: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (i * j === 6) { found.push([i, j]); break search }
  }
}
console.log(found)
outer: while (true) {
  do { break outer } while (true)
}
console.log('escaped while')

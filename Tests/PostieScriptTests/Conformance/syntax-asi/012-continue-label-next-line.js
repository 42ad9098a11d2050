const seen = []
loop: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) {
      continue
      loop
    }
    seen.push(i + ':' + j)
  }
}
console.log(seen)

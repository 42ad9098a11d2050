const pairs = []
rows: for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) {
    if (c > r) continue rows
    pairs.push(`${r}${c}`)
  }
}
console.log(pairs.join(' '))
let n = 0
loop: do { n++; if (n < 3) continue loop } while (n < 5)
console.log(n)

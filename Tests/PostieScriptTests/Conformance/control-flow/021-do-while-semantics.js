let i = 10
do { console.log('runs once', i) } while (i < 5)
let n = 0, evaluated = 0
do {
  n++
  if (n === 2) continue
} while ((evaluated++, n < 4))
console.log(n, evaluated)

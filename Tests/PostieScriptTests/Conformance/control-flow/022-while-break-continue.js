let i = 0, sum = 0
while (true) {
  i++
  if (i % 2 === 0) continue
  if (i > 9) break
  sum += i
}
console.log(i, sum)
let j = 3
while (j--) console.log('j', j)

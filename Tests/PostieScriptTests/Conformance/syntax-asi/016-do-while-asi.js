let k = 0
do k++; while (k < 3) console.log('after do-while', k)
let m = 0
do { m += 2 } while (m < 5) console.log('m is', m)
let n = 0
do
  n++
while (n < 2)
console.log('n is', n)

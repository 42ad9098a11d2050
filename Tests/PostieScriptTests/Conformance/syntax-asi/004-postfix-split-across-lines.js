let i = 5
let j = 10
i
++
j
console.log(i, j)

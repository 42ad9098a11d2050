const g = 2
const x = 8
/2/g
console.log(x)
const h = 'abc'.length
/ 3
console.log(h)

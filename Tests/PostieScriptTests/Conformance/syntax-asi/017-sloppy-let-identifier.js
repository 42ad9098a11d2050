var let = 10
console.log(let)
let = let + 5
console.log(let)
var obj = { let: 1 }
console.log(obj.let)

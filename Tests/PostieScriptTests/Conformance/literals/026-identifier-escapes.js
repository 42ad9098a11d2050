var \u0061bc = 1
console.log(abc)
var ᚠ = 2, $ = 3, _ = 4, café = 5, π = Math.PI
console.log(ᚠ + $ + _ + café)
console.log(π.toFixed(4))
var \u{62}cd = 6
console.log(bcd)
const o = { \u0078: 7 }
console.log(o.x)

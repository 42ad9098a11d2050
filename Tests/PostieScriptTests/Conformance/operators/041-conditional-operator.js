const grade = n => n > 90 ? 'A' : n > 80 ? 'B' : n > 70 ? 'C' : 'F'
console.log([95, 85, 75, 5].map(grade))
let a = 0
const r = true ? a = 1 : a = 2
console.log(r, a)
console.log(false ? 1 : true ? 2 : 3)
console.log(null ? 'y' : 'n', [] ? 'y' : 'n', '0' ? 'y' : 'n')
const x = 1 ? (0, 'comma') : 'no'
console.log(x)

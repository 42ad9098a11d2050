try {
  eval('-2 ** 2')
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
console.log(eval('(-2) ** 2'), eval('-(2 ** 2)'))
try {
  eval('typeof 2 ** 2')
} catch (e) {
  console.log(e.name)
}
let x = 2
console.log(++x ** 2, x)

console.log(x)
var x = 1
console.log(x)
function f() {
  console.log(y)
  if (false) { var y = 2 }
  return y
}
console.log(f())
for (var i = 0; i < 2; i++) {}
console.log(i)

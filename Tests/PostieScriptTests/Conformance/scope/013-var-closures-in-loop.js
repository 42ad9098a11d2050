var fns = []
for (var i = 0; i < 3; i++) {
  fns.push(function () { return i })
}
console.log(fns.map(f => f()))
var fns2 = []
for (var j = 0; j < 3; j++) {
  (function (k) { fns2.push(function () { return k }) })(j)
}
console.log(fns2.map(f => f()))

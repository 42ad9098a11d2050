var out = []
for (var i = 0; i < 3; i++) {
  out.push((function (n) { return function () { return n * 10 } })(i))
}
console.log(out.map(f => f()))
var shared = []
for (var j = 0; j < 3; j++) shared.push(() => j * 10)
console.log(shared.map(f => f()))

function f() {
  if (true) {
    var leaked = 'var'
    let contained = 'let'
  }
  return [typeof leaked, typeof contained]
}
console.log(f())
{
  var blockVar = 1
  let blockLet = 2
}
console.log(typeof blockVar, typeof blockLet)

var fact = function me(n) { return n <= 1 ? 1 : n * me(n - 1) }
var saved = fact
fact = null
console.log(saved(6))
var bad = function (n) { return n <= 1 ? 1 : n * bad(n - 1) }
var savedBad = bad
bad = function () { return 0 }
console.log(savedBad(6))

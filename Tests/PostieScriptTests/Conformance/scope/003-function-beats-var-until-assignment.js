console.log(typeof f)
var f = 1
console.log(typeof f)
function f() {}
console.log(typeof f)
var g
function g() {}
console.log(typeof g)

function sloppyType() { return typeof this }
function strictType() { 'use strict'; return typeof this }
console.log(sloppyType.call(1), sloppyType.call('s'), sloppyType.call(true))
console.log(strictType.call(1), strictType.call('s'), strictType.call(undefined))
Number.prototype.double = function () { return this * 2 }
String.prototype.shout = function () { return this.toUpperCase() + '!' }
console.log((21).double(), 'hi'.shout())
delete Number.prototype.double
delete String.prototype.shout

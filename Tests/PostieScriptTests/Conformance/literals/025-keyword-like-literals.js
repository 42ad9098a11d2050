function f() {
  var undefined = 5
  return undefined
}
console.log(f())
console.log(typeof null, typeof undefined, typeof true)
console.log(void 0 === undefined)
var NaNish = NaN
console.log(NaNish !== NaNish)
console.log(null === null, undefined == null)

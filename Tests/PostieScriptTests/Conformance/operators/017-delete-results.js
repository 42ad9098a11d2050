var o = { a: 1, b: 2 }
console.log(delete o.a, o, delete o.zzz)
var v = 1
console.log(delete v, typeof v)
const frozen = Object.freeze({ x: 1 })
console.log(delete frozen.x, frozen.x)
const arr = [1, 2, 3]
console.log(delete arr[1], arr, arr.length)
console.log(delete 5, delete 'str'.length, delete Math.PI)
console.log(delete [].length)
implicitGlobal = 1
console.log(delete implicitGlobal, typeof implicitGlobal)

let c = 1
-1
console.log(c)
let d = 'a'
+ 'b'
console.log(d)
let e = 10
* 2
console.log(e)

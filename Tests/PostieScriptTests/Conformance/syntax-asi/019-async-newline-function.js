var async = 'plain variable'
async
function f() { return 'f called' }
console.log(typeof f, f())
console.log(async)
console.log(f.constructor.name)

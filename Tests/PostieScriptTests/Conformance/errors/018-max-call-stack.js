function recurse(n) { return recurse(n + 1) + 1 }
try {
  recurse(0)
} catch (e) {
  console.log(e.name + ': ' + e.message, e instanceof RangeError)
}
const obj = {}
obj.toString = function () { return 'x' + this }
try { String(obj) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log('still running after overflow')

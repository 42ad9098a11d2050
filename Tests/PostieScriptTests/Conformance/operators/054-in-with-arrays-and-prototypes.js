function F() { this.own = 1 }
F.prototype.inherited = 2
const f = new F()
console.log('own' in f, 'inherited' in f, f.hasOwnProperty('inherited'))
const arr = ['a', 'b']
arr.extra = true
console.log('0' in arr, 2 in arr, 'extra' in arr, 'push' in arr, '1.0' in arr, 1.0 in arr)
console.log(Symbol.iterator in arr, 'size' in new Map())

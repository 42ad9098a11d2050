// A prototype's key is skipped when an object below it has that key, enumerable or not.
const top = { a: 1, b: 2, c: 3, shared: 'top' }
const middle = Object.create(top)
Object.defineProperty(middle, 'a', { value: 'hidden', enumerable: false })
middle.m = 4
const bottom = Object.create(middle)
bottom.own = 5
bottom.b = 'own b'
const seen = []
for (const k in bottom) seen.push(k)
console.log(seen)

// Plain prototypes with only hidden keys, arrays and functions in the chain.
function F() { this.x = 1 }
F.prototype.y = 2
Object.defineProperty(F.prototype, 'hidden', { value: 3, enumerable: false })
const f = new F()
const fromF = []
for (const k in f) fromF.push(k)
console.log(fromF)
const arr = Object.create([10, 20])
arr.extra = true
const fromArray = []
for (const k in arr) fromArray.push(k)
console.log(fromArray)
const fn = function () {}
fn.p = 1
const fromFunction = []
for (const k in Object.create(fn)) fromFunction.push(k)
console.log(fromFunction)

// An object with index keys over a prototype with index keys; symbols never appear.
const indexed = Object.create({ 0: 'p0', 2: 'p2', name: 'p' })
indexed[0] = 'own0'
indexed[1] = 'own1'
indexed[Symbol('s')] = 1
const fromIndexed = []
for (const k in indexed) fromIndexed.push(k)
console.log(fromIndexed)

// A key deleted from the prototype before its turn is skipped; one added after the start is not seen.
const proto = { p1: 1, p2: 2 }
const child = Object.create(proto)
child.c = 0
const visited = []
for (const k in child) {
  visited.push(k)
  if (k === 'c') { delete proto.p2; proto.p3 = 3 }
}
console.log(visited)

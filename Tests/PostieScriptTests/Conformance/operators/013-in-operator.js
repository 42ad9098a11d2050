const o = { a: 1, u: undefined }
console.log('a' in o, 'u' in o, 'b' in o, 'toString' in o)
console.log(0 in [1], 1 in [1], 0 in [, 1], 1 in [, 1], 'length' in [])
const sym = Symbol('s')
console.log(sym in { [sym]: 1 }, 1 in { '1': 'x' })
try {
  console.log('x' in 5)
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
try {
  console.log('length' in 'abc')
} catch (e) {
  console.log(e.name + ': ' + e.message)
}

const { a = 1, b = 2, c = 3, d = 4, e = 5 } = { a: undefined, b: null, c: 0, d: false, e: '' }
console.log(a, b, c, d, e)
const [x = 'x', y = 'y', z = 'z'] = [undefined, null]
console.log(x, y, z)
function f({ v = 'dflt' } = {}) { return v }
console.log(f(), f({}), f({ v: null }), f({ v: undefined }))

function a(x) {
  return function b(y) {
    return function c(z) {
      return [x, y, z, typeof a, typeof b, typeof c]
    }
  }
}
console.log(a(1)(2)(3))
let shared = 0
const incs = [1, 2, 3].map(n => () => (shared += n))
incs.forEach(f => f())
console.log(shared)

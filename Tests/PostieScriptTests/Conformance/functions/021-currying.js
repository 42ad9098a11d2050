const add = a => b => c => a + b + c
console.log(add(1)(2)(3))
function curry(fn) {
  return function curried(...args) {
    return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, args.concat(more))
  }
}
const vol = curry((l, w, h) => l * w * h)
console.log(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(2, 3, 4))

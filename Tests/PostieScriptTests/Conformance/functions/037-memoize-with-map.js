function memoize(fn) {
  const cache = new Map()
  return function (...args) {
    const key = JSON.stringify(args)
    if (cache.has(key)) return 'cached:' + cache.get(key)
    const v = fn.apply(this, args)
    cache.set(key, v)
    return v
  }
}
let runs = 0
const slowAdd = memoize((a, b) => { runs++; return a + b })
console.log(slowAdd(1, 2), slowAdd(1, 2), slowAdd(2, 1), runs)

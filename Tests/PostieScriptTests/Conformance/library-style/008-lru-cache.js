class LRUCache {
  constructor(capacity, { onEvict } = {}) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer')
    this.capacity = capacity
    this.map = new Map()
    this.hits = 0
    this.misses = 0
    this.onEvict = onEvict
  }
  get(key) {
    if (!this.map.has(key)) { this.misses++; return undefined }
    const value = this.map.get(key)
    this.map.delete(key)
    this.map.set(key, value)
    this.hits++
    return value
  }
  set(key, value) {
    if (this.map.has(key)) this.map.delete(key)
    this.map.set(key, value)
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value
      const evicted = this.map.get(oldest)
      this.map.delete(oldest)
      if (this.onEvict) this.onEvict(oldest, evicted)
    }
    return this
  }
  has(key) { return this.map.has(key) }
  delete(key) { return this.map.delete(key) }
  keys() { return [...this.map.keys()] }
  get size() { return this.map.size }
  stats() {
    const total = this.hits + this.misses
    return { hits: this.hits, misses: this.misses, ratio: total ? +(this.hits / total).toFixed(3) : 0 }
  }
}

const evictions = []
const cache = new LRUCache(3, { onEvict: (k, v) => evictions.push(`${k}=${v}`) })
cache.set('a', 1).set('b', 2).set('c', 3)
console.log(cache.keys(), cache.size)
console.log(cache.get('a'), cache.keys())
cache.set('d', 4)
console.log(cache.keys(), evictions)
cache.set('c', 30)
cache.set('e', 5)
console.log(cache.keys(), evictions)
console.log(cache.get('b'), cache.get('zzz'), cache.has('a'), cache.stats())

function memoizeWithLRU(fn, size) {
  const lru = new LRUCache(size)
  const wrapped = (...args) => {
    const key = args.join('|')
    const cached = lru.get(key)
    if (cached !== undefined) return cached
    const value = fn(...args)
    lru.set(key, value)
    return value
  }
  wrapped.cache = lru
  return wrapped
}

let computeCount = 0
const slowSquare = memoizeWithLRU(n => { computeCount++; return n * n }, 2)
const sequence = [1, 2, 1, 3, 2, 1, 1]
console.log(sequence.map(n => slowSquare(n)), computeCount, slowSquare.cache.keys(), slowSquare.cache.stats())

const fibCache = new LRUCache(100)
function fib(n) {
  if (n < 2) return n
  const hit = fibCache.get(n)
  if (hit !== undefined) return hit
  const v = fib(n - 1) + fib(n - 2)
  fibCache.set(n, v)
  return v
}
console.log(fib(90), fibCache.size, fibCache.stats().hits > 0)

for (const bad of [0, -1, 1.5, '3']) {
  try { new LRUCache(bad) } catch (e) { console.log(e.name + ': ' + e.message) }
}
const objKeys = new LRUCache(2)
const k1 = { id: 1 }
objKeys.set(k1, 'object key').set({ id: 1 }, 'different object')
console.log(objKeys.get(k1), objKeys.size, objKeys.delete(k1), objKeys.size)

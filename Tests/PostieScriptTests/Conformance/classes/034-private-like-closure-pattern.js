const Counter = (() => {
  const priv = new WeakMap()
  return class Counter {
    constructor() { priv.set(this, 0) }
    inc() { priv.set(this, priv.get(this) + 1); return this }
    get value() { return priv.get(this) }
  }
})()
const c = new Counter().inc().inc()
console.log(c.value, Object.keys(c), JSON.stringify(c))

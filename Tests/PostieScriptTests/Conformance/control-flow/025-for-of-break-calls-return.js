const log = []
const iterable = {
  [Symbol.iterator]() {
    let i = 0
    return {
      next() { return { value: i++, done: i > 5 } },
      return() { log.push('return called'); return { done: true } }
    }
  }
}
for (const v of iterable) { log.push(v); if (v === 1) break }
for (const v of iterable) { log.push(v) }
try { for (const v of iterable) { throw new Error('x') } } catch (e) { log.push('caught') }
console.log(log)

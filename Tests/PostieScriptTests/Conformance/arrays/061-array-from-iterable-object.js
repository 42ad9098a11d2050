const iterable = {
  [Symbol.iterator]() {
    let n = 0
    return { next: () => (n < 3 ? { value: 'item' + n++, done: false } : { done: true, value: 'ignored' }) }
  }
}
console.log(Array.from(iterable))
console.log(Array.from(iterable, (v, i) => i + v))
const both = { length: 2, 0: 'from length', [Symbol.iterator]: iterable[Symbol.iterator] }
console.log(Array.from(both))

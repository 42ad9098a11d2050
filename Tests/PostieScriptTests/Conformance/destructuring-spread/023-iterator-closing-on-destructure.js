function iterable(log) {
  let i = 0
  return {
    [Symbol.iterator]() {
      return {
        next() { log.push('next'); return { value: i++, done: false } },
        return() { log.push('return'); return {} }
      }
    }
  }
}
const log1 = []
const [a, b] = iterable(log1)
console.log(a, b, log1)
const log2 = []
const [c, ...d] = [...Array(3).keys()]
const [x] = iterable(log2)
console.log(x, log2, c, d)

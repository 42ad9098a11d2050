const range = {
  from: 1, to: 4,
  [Symbol.iterator]() {
    let cur = this.from, last = this.to
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) }
  }
}
console.log([...range], Math.max(...range))
console.log(Array.from(range, x => x * x))
const [first, ...rest] = range
console.log(first, rest)

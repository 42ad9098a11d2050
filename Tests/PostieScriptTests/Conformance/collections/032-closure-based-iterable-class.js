class Range {
  constructor(start, end, step = 1) { Object.assign(this, { start, end, step }) }
  [Symbol.iterator]() {
    let cur = this.start
    const { end, step } = this
    return { next: () => (cur < end ? { value: (cur += step) - step, done: false } : { value: undefined, done: true }), [Symbol.iterator]() { return this } }
  }
}
console.log([...new Range(0, 5)], [...new Range(0, 10, 3)], [...new Range(5, 0)])
const r = new Range(1, 4)
console.log([...r].map(x => x * 2), Array.from(r).length, [...r[Symbol.iterator]()])

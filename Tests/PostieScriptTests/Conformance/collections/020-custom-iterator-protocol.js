const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let n = this.from
    return { next: () => (n > 0 ? { value: n--, done: false } : { value: 'done value', done: true }) }
  }
}
console.log([...countdown], Array.from(countdown))
for (const v of countdown) console.log('tick', v)
const [first, ...rest] = countdown
console.log(first, rest, Math.max(...countdown))
console.log(new Set(countdown), new Map([...countdown].map(v => [v, v * v])))

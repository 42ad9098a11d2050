const source = {
  [Symbol.asyncIterator]() {
    let i = 0
    return {
      next() {
        i++
        return new Promise(r => setTimeout(() => r(i <= 3 ? { value: 'chunk' + i, done: false } : { value: undefined, done: true }), 2))
      },
      return() { console.log('return called'); return Promise.resolve({ done: true }) }
    }
  }
}
async function main() {
  for await (const c of source) console.log(c)
  for await (const c of source) { console.log('break after', c); break }
}
main()

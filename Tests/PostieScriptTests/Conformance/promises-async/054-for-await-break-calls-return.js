const log = []
const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0
    return {
      next: async () => ({ value: i++, done: false }),
      return: async () => { log.push('return'); return { done: true } }
    }
  }
}
async function main() {
  for await (const v of iterable) { log.push(v); if (v === 2) break }
  try { for await (const v of iterable) throw new Error('boom ' + v) } catch (e) { log.push(e.message) }
  console.log(log)
}
main()

function delay(ms, value, fail) {
  return new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error(value)) : resolve(value)), ms))
}

class TaskQueue {
  constructor(concurrency) {
    this.concurrency = concurrency
    this.running = 0
    this.queue = []
    this.maxSeen = 0
    this.log = []
  }
  push(name, task) {
    return new Promise((resolve, reject) => {
      this.queue.push({ name, task, resolve, reject })
      this.log.push('queued ' + name)
      this.drain()
    })
  }
  drain() {
    while (this.running < this.concurrency && this.queue.length) {
      const { name, task, resolve, reject } = this.queue.shift()
      this.running++
      this.maxSeen = Math.max(this.maxSeen, this.running)
      this.log.push('start ' + name)
      Promise.resolve()
        .then(task)
        .then(resolve, reject)
        .finally(() => {
          this.running--
          this.log.push('end ' + name)
          this.drain()
        })
    }
  }
}

async function retry(fn, attempts, log) {
  let lastError
  for (let i = 1; i <= attempts; i++) {
    try {
      return await fn(i)
    } catch (e) {
      lastError = e
      log.push(`attempt ${i} failed: ${e.message}`)
      await delay(2 * i)
    }
  }
  throw new Error(`gave up after ${attempts} attempts: ${lastError.message}`)
}

async function main() {
  const q = new TaskQueue(2)
  const results = await Promise.allSettled([
    q.push('A', () => delay(200, 'A done')),
    q.push('B', () => delay(10, 'B done')),
    q.push('C', () => delay(5, 'C failed', true)),
    q.push('D', () => 'D sync'),
    q.push('E', () => { throw new TypeError('E threw') })
  ])
  console.log(results.map(r => r.status + ':' + (r.value || r.reason.message)))
  console.log(q.log.join(', '))
  console.log('max concurrency', q.maxSeen, 'running now', q.running)

  const retryLog = []
  const flaky = n => (n < 3 ? delay(1, 'transient ' + n, true) : delay(1, 'succeeded on ' + n))
  console.log(await retry(flaky, 5, retryLog), retryLog)
  const alwaysFails = () => delay(1, 'permanent', true)
  const failLog = []
  try { await retry(alwaysFails, 2, failLog) } catch (e) { console.log(e.message, failLog.length) }

  const start = []
  const batch = await Promise.all([3, 1, 2].map(async (n, i) => { start.push(i); await delay(n * 10); return n * n }))
  console.log(batch, start)

  const timeline = []
  const serial = [20, 5, 10].reduce((p, ms) => p.then(async () => { await delay(ms); timeline.push(ms) }), Promise.resolve())
  await serial
  console.log('serial order', timeline)
}
main().then(() => console.log('all done'))

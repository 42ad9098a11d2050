const runs = [{ name: 'GET /users', time: 120 }, { name: 'GET /users/1', time: 480 }, { name: 'POST /users', time: 1500 }, { name: 'GET /health', time: 3 }]
const THRESHOLD_MS = 500
const report = []
for (const run of runs) {
  const pm = {
    response: { responseTime: run.time },
    test(name, fn) { try { fn(); report.push(`${run.name}: PASS ${name}`) } catch (e) { report.push(`${run.name}: FAIL ${name} (${e.message})`) } }
  }
  pm.test(`response time under ${THRESHOLD_MS}ms`, () => {
    if (!(pm.response.responseTime < THRESHOLD_MS)) throw new Error(`${pm.response.responseTime}ms is ${pm.response.responseTime - THRESHOLD_MS}ms too slow`)
  })
}
console.log(report.join('\n'))
const times = runs.map(r => r.time)
const mean = times.reduce((a, b) => a + b, 0) / times.length
console.log('mean', mean.toFixed(1), 'max', Math.max(...times), 'p50', [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)])

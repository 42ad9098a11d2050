const results = []
function test(name, fn) {
  const started = results.length
  try { fn(); results.push({ name, status: 'passed' }) } catch (e) { results.push({ name, status: 'failed', error: e.message }) }
  return results[started]
}
test.skip = name => results.push({ name, status: 'skipped' })
test('first', () => {})
test.skip('not ready yet')
test('second', () => { throw new TypeError('bad type') })
test('third', () => { JSON.parse('{"ok":true}') })
test('fourth', () => { JSON.parse('{oops') })
test.skip('later')
const counts = results.reduce((c, r) => ({ ...c, [r.status]: (c[r.status] || 0) + 1 }), {})
for (const r of results) console.log(`${r.status.padEnd(8)} ${r.name}${r.error ? ' — ' + r.error : ''}`)
console.log(counts)
console.log(`${counts.passed} passing, ${counts.failed} failing, ${counts.skipped} pending`)
console.log('exit code would be', counts.failed ? 1 : 0)

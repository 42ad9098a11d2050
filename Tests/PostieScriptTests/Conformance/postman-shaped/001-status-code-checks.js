const results = []
const pm = {
  response: { code: 201, status: 'Created', responseTime: 87 },
  test(name, fn) {
    try { fn(); results.push('PASS ' + name) } catch (e) { results.push('FAIL ' + name + ': ' + e.message) }
  },
  expect(actual) {
    const fail = what => { throw new Error(`expected ${JSON.stringify(actual)} ${what}`) }
    return {
      to: {
        equal: v => actual === v || fail(`to equal ${JSON.stringify(v)}`),
        be: { oneOf: list => list.includes(actual) || fail(`to be one of ${JSON.stringify(list)}`) }
      }
    }
  }
}
pm.test('Status code is 200', () => pm.expect(pm.response.code).to.equal(200))
pm.test('Status code is a success', () => pm.expect(pm.response.code).to.be.oneOf([200, 201, 204]))
pm.test('Status text is Created', () => pm.expect(pm.response.status).to.equal('Created'))
pm.test('Code class is 2xx', () => pm.expect(Math.floor(pm.response.code / 100)).to.equal(2))
results.forEach(r => console.log(r))
console.log(`${results.filter(r => r.startsWith('PASS')).length}/${results.length} passed`)

const results = []
function expect(actual) {
  const show = v => (typeof v === 'string' ? `'${v}'` : Array.isArray(v) ? `[ ${v.map(show).join(', ')} ]` : String(v))
  const fail = (what, expected) => { throw new Error(`AssertionError: expected ${show(actual)} ${what} ${show(expected)}`) }
  return {
    to: {
      equal: e => actual === e || fail('to equal', e),
      include: e => (actual != null && actual.includes(e)) || fail('to include', e),
      be: { above: n => actual > n || fail('to be above', n), below: n => actual < n || fail('to be below', n) }
    }
  }
}
const test = (name, fn) => { try { fn(); results.push(`  ✔ ${name}`) } catch (e) { results.push(`  ✘ ${name}\n      ${e.message}`) } }
test('equal strings', () => expect('ok').to.equal('OK'))
test('equal numbers', () => expect(200).to.equal(200))
test('include in array', () => expect(['a', 'b']).to.include('c'))
test('include in string', () => expect('hello world').to.include('world'))
test('above', () => expect(3).to.be.above(5))
test('below with floats', () => expect(0.1 + 0.2).to.be.below(0.3))
test('type error inside test', () => expect(undefined.length).to.equal(0))
console.log(results.join('\n'))

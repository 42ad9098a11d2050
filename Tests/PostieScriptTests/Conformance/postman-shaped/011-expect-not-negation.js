function expect(actual, negated = false) {
  const assert = (ok, msg) => { if (ok === negated) throw new Error(`expected ${JSON.stringify(actual)} ${negated ? 'not ' : ''}${msg}`) }
  const chain = {
    equal: v => assert(actual === v, 'to equal ' + JSON.stringify(v)),
    empty: () => assert(actual.length === 0, 'to be empty'),
    a: t => assert(typeof actual === t, 'to be a ' + t)
  }
  chain.to = chain.be = chain
  Object.defineProperty(chain, 'not', { get: () => expect(actual, !negated) })
  return chain
}
const out = []
const test = (name, fn) => { try { fn(); out.push('PASS ' + name) } catch (e) { out.push('FAIL ' + name + ' -> ' + e.message) } }
test('not equal', () => expect(1).to.not.equal(2))
test('not equal fails', () => expect('x').to.not.equal('x'))
test('double negation', () => expect(5).not.to.not.equal(5))
test('not empty', () => expect([1]).to.not.be.empty())
test('not a string', () => expect(42).to.not.be.a('string'))
test('is a string', () => expect(42).to.be.a('string'))
console.log(out.join('\n'))

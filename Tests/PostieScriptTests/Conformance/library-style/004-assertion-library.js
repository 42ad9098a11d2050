class AssertionError extends Error {
  constructor(message, actual, expected) {
    super(message)
    this.name = 'AssertionError'
    this.actual = actual
    this.expected = expected
  }
}

function describe(v) {
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'function') return `[Function ${v.name || 'anonymous'}]`
  if (v instanceof Date) return `Date(${v.toISOString()})`
  if (Array.isArray(v)) return '[' + v.map(describe).join(', ') + ']'
  if (v && typeof v === 'object') return '{' + Object.keys(v).map(k => `${k}: ${describe(v[k])}`).join(', ') + '}'
  return Object.is(v, -0) ? '-0' : String(v)
}

function deepEqual(a, b, seen = new Map()) {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  if (seen.get(a) === b) return true
  seen.set(a, b)
  if (a instanceof Date) return a.getTime() === b.getTime()
  if (a instanceof RegExp) return String(a) === String(b)
  if (a instanceof Map || a instanceof Set) {
    if (a.size !== b.size) return false
    if (a instanceof Set) return [...a].every(v => b.has(v))
    return [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k), seen))
  }
  const ka = Object.keys(a), kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every(k => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k], seen))
}

const assert = {
  ok(v, msg) { if (!v) throw new AssertionError(msg || `expected ${describe(v)} to be truthy`, v, true) },
  equal(a, b, msg) { if (a !== b) throw new AssertionError(msg || `expected ${describe(a)} to equal ${describe(b)}`, a, b) },
  deepEqual(a, b, msg) { if (!deepEqual(a, b)) throw new AssertionError(msg || `expected ${describe(a)} to deeply equal ${describe(b)}`, a, b) },
  throws(fn, expected) {
    try { fn() } catch (e) {
      if (expected instanceof RegExp && !expected.test(e.message)) throw new AssertionError(`error message ${describe(e.message)} does not match ${expected}`)
      if (typeof expected === 'function' && !(e instanceof expected)) throw new AssertionError(`expected ${expected.name} but got ${e.name}`)
      return e
    }
    throw new AssertionError('expected function to throw')
  }
}

const results = []
function test(name, fn) {
  try { fn(); results.push(['pass', name]) } catch (e) { results.push(['FAIL', name, e.name + ': ' + e.message]) }
}

test('numbers are equal', () => assert.equal(1 + 1, 2))
test('strict equality fails on types', () => assert.equal('1', 1))
test('deep equal objects', () => assert.deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }))
test('deep equal detects difference', () => assert.deepEqual({ a: [1, 2] }, { a: [1, 3] }))
test('NaN equals NaN deeply', () => assert.deepEqual([NaN], [NaN]))
test('-0 differs from 0', () => assert.deepEqual([-0], [0]))
test('dates compare by time', () => assert.deepEqual(new Date(5), new Date(5)))
test('maps compare entries', () => assert.deepEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])))
test('sets differ', () => assert.deepEqual(new Set([1, 2]), new Set([1, 3])))
test('prototype matters', () => assert.deepEqual(Object.create(null), {}))
test('throws with matching message', () => assert.throws(() => JSON.parse('{'), /JSON/))
test('throws wrong type', () => assert.throws(() => null.x, RangeError))
test('does not throw', () => assert.throws(() => 1))
test('truthy check', () => assert.ok('', 'empty string is falsy'))
test('circular structures', () => {
  const a = { n: 1 }; a.self = a
  const b = { n: 1 }; b.self = b
  assert.deepEqual(a, b)
})
for (const r of results) console.log(r.join(' | '))
const failed = results.filter(r => r[0] === 'FAIL').length
console.log(`${results.length - failed} passed, ${failed} failed`)
const err = new AssertionError('m', 1, 2)
console.log(err instanceof Error, err.actual, err.expected, String(err))

function eql(a, b, depth = 0) {
  if (depth > 100) throw new RangeError('too deep')
  if (a === b) return true
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return Number.isNaN(a) && Number.isNaN(b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a).sort(), kb = Object.keys(b).sort()
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && eql(a[k], b[k], depth + 1))
}
const actual = JSON.parse('{"user":{"name":"Ann","roles":["admin","dev"]},"count":2,"ratio":null}')
const cases = [
  ['same content, different key order', { count: 2, ratio: null, user: { roles: ['admin', 'dev'], name: 'Ann' } }],
  ['array order matters', { count: 2, ratio: null, user: { roles: ['dev', 'admin'], name: 'Ann' } }],
  ['extra key fails', { count: 2, ratio: null, user: { name: 'Ann', roles: ['admin', 'dev'] }, extra: 1 }],
  ['null vs undefined', { count: 2, ratio: undefined, user: { name: 'Ann', roles: ['admin', 'dev'] } }],
  ['string vs number', { count: '2', ratio: null, user: { name: 'Ann', roles: ['admin', 'dev'] } }]
]
for (const [name, expected] of cases) console.log(eql(actual, expected) ? 'PASS' : 'FAIL', name)
console.log(eql([NaN], [NaN]), eql({}, []), eql([[]], [[]]), eql(0, -0))

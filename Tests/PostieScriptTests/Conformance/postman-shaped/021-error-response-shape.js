const response = { code: 422, headers: { 'content-type': 'application/problem+json' }, body: '{"type":"https://example.com/validation","title":"Invalid request","status":422,"errors":[{"field":"email","code":"format"},{"field":"age","code":"min","min":18}]}' }
const results = []
const test = (name, fn) => { try { fn(); results.push('PASS ' + name) } catch (e) { results.push('FAIL ' + name + ': ' + e.message) } }
const problem = JSON.parse(response.body)
test('client error status', () => { if (response.code < 400 || response.code >= 500) throw new Error(String(response.code)) })
test('problem+json content type', () => { if (!response.headers['content-type'].endsWith('+json')) throw new Error('type') })
test('status mirrored in body', () => { if (problem.status !== response.code) throw new Error(`${problem.status} vs ${response.code}`) })
test('errors list fields', () => { const f = problem.errors.map(e => e.field).sort().join(); if (f !== 'age,email') throw new Error(f) })
test('min error carries limit', () => { const e = problem.errors.find(e => e.code === 'min'); if (e.min !== 18) throw new Error('no limit') })
test('has detail text', () => { if (typeof problem.detail !== 'string') throw new Error('detail is ' + typeof problem.detail) })
console.log(results.join('\n'))
const messages = { format: f => `${f} is malformed`, min: (f, e) => `${f} must be at least ${e.min}` }
console.log(problem.errors.map(e => messages[e.code](e.field, e)))

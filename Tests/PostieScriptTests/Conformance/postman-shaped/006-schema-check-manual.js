const body = JSON.stringify({ user: { id: 'u1', age: '37', email: 'x@y.z', roles: ['admin', 5] }, meta: {} })
const schema = { id: 'string', age: 'number', email: 'string', roles: 'array<string>', createdAt: 'string' }
function typeName(v) { return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v }
function check(obj, spec) {
  const errors = []
  for (const [key, type] of Object.entries(spec)) {
    if (!(key in obj)) { errors.push(`${key}: missing`); continue }
    const m = /^array<(\w+)>$/.exec(type)
    if (m) {
      if (!Array.isArray(obj[key])) errors.push(`${key}: expected array, got ${typeName(obj[key])}`)
      else obj[key].forEach((v, i) => { if (typeName(v) !== m[1]) errors.push(`${key}[${i}]: expected ${m[1]}, got ${typeName(v)}`) })
    } else if (typeName(obj[key]) !== type) errors.push(`${key}: expected ${type}, got ${typeName(obj[key])}`)
  }
  return errors
}
const tests = []
const test = (name, fn) => { try { fn(); tests.push(`[pass] ${name}`) } catch (e) { tests.push(`[fail] ${name}\n       ${e.message.split('\n').join('\n       ')}`) } }
test('user matches schema', () => { const errs = check(JSON.parse(body).user, schema); if (errs.length) throw new Error(errs.join('\n')) })
test('meta is an object', () => { if (typeName(JSON.parse(body).meta) !== 'object') throw new Error('meta is not an object') })
console.log(tests.join('\n'))

const body = JSON.stringify({ users: [{ id: 1, email: 'a@x.io' }, { id: 2, email: 'B@x.io' }, { id: 3, email: 'b@x.io' }, { id: 1, email: 'c@x.io' }, { id: 4, email: 'a@x.io' }] })
const { users } = JSON.parse(body)
function duplicates(list, key) {
  const seen = new Map()
  for (const [i, item] of list.entries()) {
    const k = key(item)
    seen.set(k, (seen.get(k) || []).concat(i))
  }
  return [...seen].filter(([, idx]) => idx.length > 1).map(([k, idx]) => `${k} at ${idx.join('&')}`)
}
const results = []
const test = (name, fn) => { const dups = fn(); results.push(dups.length ? `FAIL ${name}: ${dups.join('; ')}` : `PASS ${name}`) }
test('ids unique', () => duplicates(users, u => u.id))
test('emails unique (exact)', () => duplicates(users, u => u.email))
test('emails unique (case-insensitive)', () => duplicates(users, u => u.email.toLowerCase()))
test('pairs unique', () => duplicates(users, u => `${u.id}/${u.email}`))
console.log(results.join('\n'))

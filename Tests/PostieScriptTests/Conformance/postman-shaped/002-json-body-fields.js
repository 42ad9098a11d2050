const body = '{"id": 42, "name": "Widget", "price": 9.99, "tags": ["a", "b"], "owner": {"id": 7, "email": "o@example.com"}, "discount": null}'
const results = []
const pm = {
  response: { json: () => JSON.parse(body), text: () => body },
  test(name, fn) { try { fn(); results.push(['PASS', name]) } catch (e) { results.push(['FAIL', name, e.message]) } }
}
function assert(cond, message) { if (!cond) throw new Error(message) }
const json = pm.response.json()
pm.test('has numeric id', () => assert(typeof json.id === 'number', 'id is ' + typeof json.id))
pm.test('name is Widget', () => assert(json.name === 'Widget', `name was ${json.name}`))
pm.test('price has two decimals', () => assert(/^\d+\.\d{2}$/.test(String(json.price)), 'price ' + json.price))
pm.test('tags is an array of strings', () => assert(Array.isArray(json.tags) && json.tags.every(t => typeof t === 'string'), 'bad tags'))
pm.test('owner email present', () => assert(json.owner && json.owner.email.includes('@'), 'no owner email'))
pm.test('discount is null, not missing', () => assert('discount' in json && json.discount === null, 'discount ' + json.discount))
pm.test('no stock field', () => assert(json.stock !== undefined, 'stock is undefined'))
pm.test('body is compact JSON', () => assert(!pm.response.text().includes('\n'), 'contains newline'))
for (const r of results) console.log(r.join(' - '))

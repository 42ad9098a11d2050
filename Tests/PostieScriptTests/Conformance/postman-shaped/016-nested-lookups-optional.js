const body = '{"order":{"id":"o-1","customer":{"address":{"city":"Oslo"}},"lines":[{"sku":"A","qty":2},{"sku":"B"}],"payment":null}}'
const json = JSON.parse(body)
const get = (obj, path, fallback) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj) ?? fallback
const results = []
const test = (name, fn) => { try { fn(); results.push('PASS ' + name) } catch (e) { results.push('FAIL ' + name + ' -> ' + e.name + ': ' + e.message) } }
test('city via optional chaining', () => { if (json.order?.customer?.address?.city !== 'Oslo') throw new Error('wrong city') })
test('zip defaults', () => { if (get(json, 'order.customer.address.zip', '0000') !== '0000') throw new Error('no default') })
test('second line qty defaults to 1', () => { if ((json.order.lines[1].qty ?? 1) !== 1) throw new Error('qty') })
test('payment method (unsafe access)', () => { if (json.order.payment.method !== 'card') throw new Error('not card') })
test('payment method (safe access)', () => { if ((json.order.payment?.method ?? 'none') !== 'none') throw new Error('unexpected') })
test('missing array index', () => { if (json.order.lines[5]?.sku !== undefined) throw new Error('exists') })
test('total quantity', () => { const q = json.order.lines.reduce((s, l) => s + (l.qty || 1), 0); if (q !== 3) throw new Error(String(q)) })
console.log(results.join('\n'))
console.log(get(json, 'order.lines.0.sku'), get(json, 'order.payment.method', 'n/a'), get(json, 'order.id'))

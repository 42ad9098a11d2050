const body = JSON.stringify({ data: [{ id: 1, active: true }, { id: 2, active: true }, { id: 3 }, { id: '4', active: false }], total: 4 })
const results = []
const pm = {
  response: { json: () => JSON.parse(body) },
  test(name, fn) { try { fn(); results.push('✓ ' + name) } catch (e) { results.push('✗ ' + name + ' — ' + e.message) } }
}
const { data, total } = pm.response.json()
pm.test('length matches total', () => { if (data.length !== total) throw new Error(`${data.length} != ${total}`) })
pm.test('every item has numeric id', () => {
  const bad = data.filter(d => typeof d.id !== 'number')
  if (bad.length) throw new Error('non-numeric ids: ' + JSON.stringify(bad.map(d => d.id)))
})
pm.test('every item has active flag', () => {
  const missing = data.map((d, i) => ('active' in d ? -1 : i)).filter(i => i >= 0)
  if (missing.length) throw new Error('missing at index ' + missing.join(','))
})
pm.test('at least one active', () => { if (!data.some(d => d.active)) throw new Error('none active') })
pm.test('ids ascending', () => { if (!data.every((d, i) => i === 0 || Number(d.id) > Number(data[i - 1].id))) throw new Error('not sorted') })
results.forEach(r => console.log(r))

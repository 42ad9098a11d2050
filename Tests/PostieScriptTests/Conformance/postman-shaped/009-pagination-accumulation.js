const pages = {
  1: { items: [{ id: 1 }, { id: 2 }], next: 2, total: 5 },
  2: { items: [{ id: 3 }, { id: 4 }], next: 3, total: 5 },
  3: { items: [{ id: 5 }], next: null, total: 5 }
}
const fetchPage = n => new Promise(resolve => setTimeout(() => resolve({ code: 200, body: JSON.stringify(pages[n]) }), 1))
const results = []
const test = (name, fn) => { try { fn(); results.push('ok   ' + name) } catch (e) { results.push('fail ' + name + ': ' + e.message) } }
async function collect() {
  const all = []
  let page = 1, requests = 0, total
  while (page && requests < 10) {
    const res = await fetchPage(page)
    requests++
    const data = JSON.parse(res.body)
    all.push(...data.items)
    total = data.total
    page = data.next
  }
  return { all, requests, total }
}
collect().then(({ all, requests, total }) => {
  test('collected all items', () => { if (all.length !== total) throw new Error(`${all.length} of ${total}`) })
  test('three requests made', () => { if (requests !== 3) throw new Error(String(requests)) })
  test('ids are 1..5', () => { if (all.map(i => i.id).join() !== '1,2,3,4,5') throw new Error(all.map(i => i.id).join()) })
  console.log(results.join('\n'))
})
console.log('paging started')

const orders = [
  { id: 1, region: 'north', rep: 'ann', product: 'widget', qty: 3, price: 9.99, date: '2024-01-15' },
  { id: 2, region: 'south', rep: 'bob', product: 'gadget', qty: 1, price: 24.5, date: '2024-01-20' },
  { id: 3, region: 'north', rep: 'cy', product: 'widget', qty: 10, price: 9.49, date: '2024-02-03' },
  { id: 4, region: 'east', rep: 'ann', product: 'doohickey', qty: 2, price: 99.0, date: '2024-02-14' },
  { id: 5, region: 'south', rep: 'bob', product: 'widget', qty: 7, price: 9.99, date: '2024-02-28' },
  { id: 6, region: 'north', rep: 'ann', product: 'gadget', qty: 4, price: 22.0, date: '2024-03-01' },
  { id: 7, region: 'east', rep: 'dee', product: 'gadget', qty: 0, price: 24.5, date: '2024-03-09' },
  { id: 8, region: 'west', rep: 'ed', product: 'widget', qty: 5, price: 10.25, date: '2024-03-10' },
  { id: 9, region: 'south', rep: 'cy', product: 'doohickey', qty: 1, price: 105.0, date: '2024-03-31' }
]

const revenue = o => Math.round(o.qty * o.price * 100) / 100
const money = n => '$' + n.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function groupBy(list, keyFn) {
  return list.reduce((acc, item) => {
    const key = keyFn(item)
    ;(acc[key] || (acc[key] = [])).push(item)
    return acc
  }, {})
}

function summarize(list) {
  const total = list.reduce((s, o) => s + revenue(o), 0)
  const units = list.reduce((s, o) => s + o.qty, 0)
  return { orders: list.length, units, total: Math.round(total * 100) / 100, avg: list.length ? total / list.length : 0 }
}

const byRegion = groupBy(orders, o => o.region)
console.log('Revenue by region')
for (const [region, list] of Object.entries(byRegion).sort((a, b) => summarize(b[1]).total - summarize(a[1]).total)) {
  const s = summarize(list)
  console.log(`  ${region.padEnd(6)} ${String(s.orders).padStart(2)} orders ${String(s.units).padStart(3)} units ${money(s.total).padStart(10)}  avg ${money(s.avg)}`)
}

const byMonth = groupBy(orders, o => o.date.slice(0, 7))
console.log('Monthly totals', Object.fromEntries(Object.entries(byMonth).map(([m, l]) => [m, summarize(l).total])))

const repTotals = Object.entries(groupBy(orders, o => o.rep))
  .map(([rep, list]) => ({ rep, total: summarize(list).total, products: [...new Set(list.map(o => o.product))].sort() }))
  .sort((a, b) => b.total - a.total || a.rep.localeCompare(b.rep))
console.log('Leaderboard')
repTotals.forEach((r, i) => console.log(`  ${i + 1}. ${r.rep.padEnd(4)} ${money(r.total).padStart(9)} ${r.products.join('/')}`))

const productMatrix = {}
for (const o of orders) {
  productMatrix[o.product] = productMatrix[o.product] || {}
  productMatrix[o.product][o.region] = (productMatrix[o.product][o.region] || 0) + o.qty
}
const regions = Object.keys(byRegion).sort()
console.log(['product'.padEnd(10), ...regions.map(r => r.padStart(6))].join(''))
for (const p of Object.keys(productMatrix).sort()) {
  console.log([p.padEnd(10), ...regions.map(r => String(productMatrix[p][r] || '-').padStart(6))].join(''))
}

const grand = summarize(orders)
console.log('Grand total', money(grand.total), 'units', grand.units, 'zero-qty orders', orders.filter(o => !o.qty).map(o => o.id))
const biggest = orders.reduce((best, o) => (revenue(o) > revenue(best) ? o : best))
console.log('Biggest order', biggest.id, money(revenue(biggest)))
const percentiles = orders.map(revenue).sort((a, b) => a - b)
console.log('Median order', money(percentiles[Math.floor(percentiles.length / 2)]), 'max', money(percentiles[percentiles.length - 1]))
console.log(money(1234567.891), money(0), money(999.995))

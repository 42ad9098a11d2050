const orders = [
  { customer: 'ann', total: 10 }, { customer: 'bob', total: 5 },
  { customer: 'ann', total: 7.5 }, { customer: 'cy', total: 1 }, { customer: 'bob', total: 5 }
]
const byCustomer = orders.reduce((acc, o) => {
  ;(acc[o.customer] = acc[o.customer] || []).push(o.total)
  return acc
}, {})
console.log(byCustomer)
const totals = Object.entries(byCustomer).map(([c, list]) => [c, list.reduce((a, b) => a + b, 0)])
console.log(totals)

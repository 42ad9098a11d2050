const inputs = [1, Promise.resolve('two'), Promise.reject(new Error('three')), { then(r) { r('four') } }, { then(_, j) { j('five') } }]
Promise.allSettled(inputs).then(rs => {
  console.log(rs.map(r => r.status + ':' + String(r.status === 'fulfilled' ? r.value : r.reason.message || r.reason)))
})
Promise.allSettled([Promise.reject(new Error('x'))]).then(rs => console.log(rs[0].status, rs[0].reason instanceof Error))

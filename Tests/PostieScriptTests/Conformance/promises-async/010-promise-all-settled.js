Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('no')), 'plain', new Promise(r => setTimeout(() => r('late'), 5))])
  .then(results => {
    for (const r of results) console.log(r.status, 'value' in r ? r.value : r.reason.message)
    console.log(Object.keys(results[0]), Object.keys(results[1]))
  })
Promise.allSettled([]).then(r => console.log('empty', r))

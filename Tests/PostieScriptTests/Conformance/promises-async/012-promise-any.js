const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms))
Promise.any([delay(10, 'fails fast', true), delay(100, 'first success'), delay(180, 'later success')])
  .then(v => console.log('any:', v))
Promise.any([delay(10, 'e1', true), Promise.reject(new Error('e2'))])
  .catch(e => {
    console.log(e.constructor.name, e.name, e.message)
    console.log(e.errors.map(x => x.message), e instanceof Error)
  })
Promise.any([]).catch(e => console.log('empty any:', e.message, e.errors))

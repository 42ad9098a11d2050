const queue = []
const pm = {
  sendRequest(req, callback) {
    setTimeout(() => {
      if (req.url.includes('/fail')) callback(new Error('ECONNREFUSED ' + req.url), null)
      else callback(null, { code: 200, json: () => ({ url: req.url, method: req.method || 'GET' }) })
    }, req.delay || 1)
  },
  test(name, fn) { try { fn(); queue.push('PASS ' + name) } catch (e) { queue.push('FAIL ' + name + ': ' + e.message) } }
}
pm.sendRequest({ url: 'https://api/slow', delay: 100 }, (err, res) => {
  pm.test('slow request ok', () => { if (err) throw err; if (res.json().url !== 'https://api/slow') throw new Error('url') })
})
pm.sendRequest({ url: 'https://api/fail' }, (err, res) => {
  pm.test('failed request reports error', () => { if (!err || res !== null) throw new Error('expected error') })
  pm.test('error message', () => { if (!/ECONNREFUSED/.test(err.message)) throw new Error(err.message) })
})
pm.sendRequest({ url: 'https://api/post', method: 'POST', delay: 5 }, (err, res) => {
  pm.test('method echoed', () => { if (res.json().method !== 'POST') throw new Error(res.json().method) })
})
pm.test('synchronous test runs first', () => {})
setTimeout(() => console.log(queue.join('\n')), 200)

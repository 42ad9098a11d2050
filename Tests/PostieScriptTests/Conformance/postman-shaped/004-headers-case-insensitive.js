const rawHeaders = [['Content-Type', 'application/json; charset=utf-8'], ['X-Request-Id', 'abc-123'], ['Set-Cookie', 'a=1'], ['set-cookie', 'b=2'], ['Cache-Control', 'no-cache, no-store']]
const headers = {
  get(name) { const found = rawHeaders.filter(([k]) => k.toLowerCase() === name.toLowerCase()); return found.length ? found.map(([, v]) => v).join(', ') : undefined },
  has(name) { return this.get(name) !== undefined },
  all() { return rawHeaders.map(([key, value]) => ({ key, value })) }
}
const results = []
const pm = { response: { headers }, test(name, fn) { try { results.push([fn() === false ? 'FAIL' : 'PASS', name]) } catch (e) { results.push(['FAIL', name + ': ' + e.message]) } } }
pm.test('content-type is JSON', () => pm.response.headers.get('content-type').split(';')[0].trim() === 'application/json')
pm.test('charset is utf-8', () => /charset=utf-8/i.test(pm.response.headers.get('CONTENT-TYPE')))
pm.test('request id present', () => pm.response.headers.has('x-request-id'))
pm.test('no ETag', () => !pm.response.headers.has('etag'))
pm.test('cookies combined', () => pm.response.headers.get('Set-Cookie') === 'a=1, b=2')
pm.test('cache directives', () => pm.response.headers.get('cache-control').split(/\s*,\s*/).includes('no-store'))
pm.test('server header exists', () => pm.response.headers.get('server').length > 0)
results.forEach(r => console.log(r.join(': ')))
console.log(pm.response.headers.all().map(h => h.key).join(' | '))

const env = new Map()
const responses = {
  'POST /login': { code: 200, body: '{"access_token":"eyJhbGciOi.abc.def","expires_in":3600,"token_type":"Bearer"}' },
  'GET /me': { code: 200, body: '{"id":9,"name":"Ada"}' }
}
function send(method, path, headers = {}) {
  const key = `${method} ${path}`
  if (path === '/me' && headers.Authorization !== 'Bearer ' + env.get('token')) return { code: 401, body: '{"error":"unauthorized"}' }
  return responses[key] || { code: 404, body: '{}' }
}
const log = []
const test = (name, ok) => log.push((ok ? 'PASS ' : 'FAIL ') + name)
const first = send('GET', '/me')
test('unauthenticated request is rejected', first.code === 401)
const login = send('POST', '/login')
const data = JSON.parse(login.body)
test('login returns bearer token', data.token_type === 'Bearer' && data.access_token.split('.').length === 3)
env.set('token', data.access_token)
env.set('tokenExpiry', 1700000000000 + data.expires_in * 1000)
const me = send('GET', '/me', { Authorization: `Bearer ${env.get('token')}` })
test('authenticated request succeeds', me.code === 200)
test('profile name is Ada', JSON.parse(me.body).name === 'Ada')
test('expiry stored as number', typeof env.get('tokenExpiry') === 'number')
console.log(log.join('\n'))
console.log([...env.keys()], new Date(env.get('tokenExpiry')).toISOString())

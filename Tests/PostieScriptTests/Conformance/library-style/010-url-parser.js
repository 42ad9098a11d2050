const URL_RE = /^(?:([a-z][a-z0-9+.-]*):)?(?:\/\/(?:([^:@\/]*)(?::([^@\/]*))?@)?(\[[^\]]+\]|[^:\/?#]*)(?::(\d*))?)?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i
const DEFAULT_PORTS = { http: '80', https: '443', ftp: '21', ws: '80', wss: '443' }

function parseUrl(input) {
  const m = URL_RE.exec(input.trim())
  if (!m) throw new TypeError('Invalid URL: ' + input)
  const [, scheme = '', user = '', pass = '', host = '', port = '', path = '', query, fragment] = m
  const protocol = scheme.toLowerCase()
  if (port && Number(port) > 65535) throw new RangeError('Port out of range: ' + port)
  const effectivePort = port === DEFAULT_PORTS[protocol] ? '' : port
  return {
    protocol,
    username: decodeURIComponent(user),
    password: decodeURIComponent(pass),
    hostname: host.toLowerCase(),
    port: effectivePort,
    pathname: normalizePath(path || (host ? '/' : '')),
    search: query === undefined || query === '' ? '' : '?' + query,
    hash: fragment === undefined || fragment === '' ? '' : '#' + fragment
  }
}

function normalizePath(path) {
  const out = []
  const segments = path.split('/')
  for (const seg of segments) {
    if (seg === '..') { if (out.length > 1) out.pop() }
    else if (seg !== '.') out.push(seg)
  }
  let result = out.join('/')
  if (/\/\.\.?$/.test(path) && !result.endsWith('/')) result += '/'
  return result
}

function format(u) {
  const auth = u.username ? u.username + (u.password ? ':' + u.password : '') + '@' : ''
  const host = u.hostname + (u.port ? ':' + u.port : '')
  return (u.protocol ? u.protocol + ':' : '') + (host ? '//' + auth + host : '') + u.pathname + u.search + u.hash
}

function resolve(base, relative) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(relative)) return format(parseUrl(relative))
  const b = parseUrl(base)
  if (relative.startsWith('//')) return format(parseUrl(b.protocol + ':' + relative))
  if (relative.startsWith('#')) return format({ ...b, hash: relative })
  if (relative.startsWith('?')) return format({ ...b, search: relative, hash: '' })
  const path = relative.startsWith('/') ? relative : b.pathname.replace(/[^\/]*$/, '') + relative
  const [p, rest = ''] = path.split(/(?=[?#])/)
  const tail = parseUrl('x://h' + (rest ? '/' + rest : '/'))
  return format({ ...b, pathname: normalizePath(p), search: tail.search, hash: tail.hash })
}

const inputs = [
  'https://user:p%40ss@Example.COM:443/a/b/../c/./d?x=1&y=2#frag',
  'http://localhost:8080',
  'HTTP://[::1]:80/index.html',
  'ftp://files.example.org/pub/file.txt',
  'mailto:someone@example.com',
  'https://api.example.com/v1/users/?#',
  'file:///etc/hosts',
  '//cdn.example.com/lib.js'
]
for (const i of inputs) {
  const u = parseUrl(i)
  console.log(i)
  console.log('  ', JSON.stringify(u))
  console.log('  ', format(u))
}
const base = 'https://ex.com/docs/guide/page.html?old=1#top'
for (const rel of ['other.html', '../api/', '/root', '?q=2', '#section', '//other.org/x', 'https://abs.io/', './a/./b/../c?z#h']) {
  console.log(rel.padEnd(18), '->', resolve(base, rel))
}
try { parseUrl('http://host:99999/') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(normalizePath('/a/../../b'), normalizePath('/a/b/..'), normalizePath('/./x/.'))

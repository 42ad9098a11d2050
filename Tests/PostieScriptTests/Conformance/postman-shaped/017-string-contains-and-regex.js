const text = 'HTTP/1.1 200 OK\nServer: nginx/1.25.3\nX-Trace: req_8f3a2b\n\n<html><title>Welcome, Ada!</title></html>'
const results = []
const test = (name, fn) => { try { fn(); results.push('✓ ' + name) } catch (e) { results.push('✗ ' + name + ': ' + e.message) } }
const includes = (s, part) => { if (!s.includes(part)) throw new Error(`'${s.length > 20 ? s.slice(0, 20) + '…' : s}' does not include '${part}'`) }
const matches = (s, re) => { const m = re.exec(s); if (!m) throw new Error(`no match for ${re}`); return m }
test('mentions Welcome', () => includes(text, 'Welcome'))
test('mentions Goodbye', () => includes(text, 'Goodbye'))
test('title extracted', () => { const m = matches(text, /<title>([^<]*)<\/title>/i); if (m[1] !== 'Welcome, Ada!') throw new Error(m[1]) })
test('server version semver', () => { const m = matches(text, /^Server: \w+\/(\d+)\.(\d+)\.(\d+)$/m); if (+m[1] < 1) throw new Error('old') })
test('trace id format', () => matches(text, /X-Trace: req_[0-9a-f]{6}\b/))
test('status line', () => matches(text, /^HTTP\/1\.[01] 2\d\d /))
test('no error word (case-insensitive)', () => { if (/error|exception/i.test(text)) throw new Error('found error') })
console.log(results.join('\n'))
console.log(text.split('\n').filter(Boolean).length, text.match(/\b\w+\/[\d.]+/g))

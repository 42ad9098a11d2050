const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]))

function utf8Encode(str) {
  const bytes = []
  for (const ch of str) {
    let cp = ch.codePointAt(0)
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
    if (cp < 0x80) bytes.push(cp)
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return bytes
}

function utf8Decode(bytes) {
  let out = ''
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]
    let cp, len
    if (b < 0x80) { cp = b; len = 1 }
    else if (b >> 5 === 6) { cp = b & 31; len = 2 }
    else if (b >> 4 === 14) { cp = b & 15; len = 3 }
    else if (b >> 3 === 30) { cp = b & 7; len = 4 }
    else { out += '\ufffd'; i++; continue }
    for (let j = 1; j < len; j++) cp = (cp << 6) | (bytes[i + j] & 63)
    out += String.fromCodePoint(cp)
    i += len
  }
  return out
}

function encode(str, { urlSafe = false, pad = true } = {}) {
  const bytes = utf8Encode(str)
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0)
    const chunk = [18, 12, 6, 0].map(s => ALPHABET[(n >> s) & 63]).join('')
    const valid = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    out += chunk.slice(0, valid) + (pad ? '='.repeat(4 - valid) : '')
  }
  if (urlSafe) out = out.replace(/\+/g, '-').replace(/\//g, '_')
  return out
}

function decode(b64) {
  const clean = b64.replace(/[\s=]/g, '').replace(/-/g, '+').replace(/_/g, '/')
  if (clean.length % 4 === 1) throw new Error('Invalid base64 length')
  const bytes = []
  for (let i = 0; i < clean.length; i += 4) {
    let n = 0
    const group = clean.slice(i, i + 4)
    for (let j = 0; j < 4; j++) {
      const c = group[j]
      if (c !== undefined && !LOOKUP.has(c)) throw new Error('Invalid base64 character: ' + c)
      n = (n << 6) | (c === undefined ? 0 : LOOKUP.get(c))
    }
    bytes.push((n >> 16) & 255)
    if (group.length > 2) bytes.push((n >> 8) & 255)
    if (group.length > 3) bytes.push(n & 255)
  }
  return utf8Decode(bytes)
}

const samples = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Hello, World!', 'héllo wörld', '😀 emoji', 'user:pa$$w0rd', '\u0000\u00ff']
for (const s of samples) {
  const e = encode(s)
  const ok = decode(e) === s
  const matchesBtoa = /^[\x00-\x7f]*$/.test(s) ? e === btoa(s) : 'n/a'
  console.log(JSON.stringify(s).padEnd(18), e.padEnd(24), ok, matchesBtoa)
}
console.log(encode('???>>>', { urlSafe: true }), encode('???>>>'), encode('ab', { pad: false }))
console.log(decode('Pz8_Pj4-'), decode('YWI'), decode(' Zm9v\nYmFy '))
for (const bad of ['abc!', 'a', 'Zm9v*']) {
  try { decode(bad) } catch (e) { console.log(e.message) }
}
console.log('Basic ' + encode('postman:password'))
console.log(utf8Encode('€').map(b => b.toString(16)).join(' '), utf8Encode('\ud800'))

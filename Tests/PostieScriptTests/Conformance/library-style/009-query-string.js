function decodePart(s) {
  try { return decodeURIComponent(s.replace(/\+/g, ' ')) } catch { return s }
}

function parse(qs) {
  const out = Object.create(null)
  const text = qs.startsWith('?') ? qs.slice(1) : qs
  if (!text) return out
  for (const pair of text.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    const rawKey = eq === -1 ? pair : pair.slice(0, eq)
    const rawVal = eq === -1 ? '' : pair.slice(eq + 1)
    let key = decodePart(rawKey)
    const value = decodePart(rawVal)
    const isArray = key.endsWith('[]')
    if (isArray) key = key.slice(0, -2)
    if (key in out) {
      out[key] = [].concat(out[key], value)
    } else {
      out[key] = isArray ? [value] : value
    }
  }
  return out
}

function encodePart(s) {
  return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase())
}

function stringify(obj, { sort = false, arrayFormat = 'repeat' } = {}) {
  const keys = Object.keys(obj)
  if (sort) keys.sort()
  const parts = []
  for (const key of keys) {
    const value = obj[key]
    if (value === undefined) continue
    if (Array.isArray(value)) {
      for (const v of value) parts.push(encodePart(arrayFormat === 'brackets' ? key + '[]' : key) + '=' + encodePart(String(v)))
    } else if (value === null) {
      parts.push(encodePart(key))
    } else {
      parts.push(encodePart(key) + '=' + encodePart(String(value)))
    }
  }
  return parts.join('&')
}

const samples = [
  '?a=1&b=2',
  'q=hello+world&lang=en-US',
  'tag=a&tag=b&tag=c',
  'ids[]=1&ids[]=2&single[]=x',
  'empty=&flag&=novalue&&trailing=',
  'name=J%C3%BCrgen&emoji=%F0%9F%98%80&bad=%E0%A4%A&plus=1%2B1',
  'redirect=https%3A%2F%2Fex.com%2Fa%3Fb%3D1%26c%3D2',
  '__proto__=polluted&constructor=x'
]
for (const s of samples) console.log(JSON.stringify(s).padEnd(62), JSON.stringify(parse(s)))
console.log(({}).polluted, Object.getPrototypeOf(parse('a=1')))

const params = { page: 2, q: 'café & crème', sort: undefined, filter: null, tags: ['x y', 'z'], 'weird key!': "it's" }
console.log(stringify(params))
console.log(stringify(params, { sort: true, arrayFormat: 'brackets' }))
const roundTrip = parse(stringify({ a: 'b c', list: ['1', '2'], sym: '&=?' }))
console.log(JSON.stringify(roundTrip))

function buildUrl(base, query) {
  const qs = stringify(query, { sort: true })
  return qs ? base + (base.includes('?') ? '&' : '?') + qs : base
}
console.log(buildUrl('https://api.example.com/items', { limit: 10, offset: 20 }))
console.log(buildUrl('https://api.example.com/items?fixed=1', { q: 'a+b' }))
console.log(buildUrl('https://api.example.com/items', {}))

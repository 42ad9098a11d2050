function isPlainObject(v) {
  if (v === null || typeof v !== 'object') return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

function deepMerge(target, source, options = {}, seen = new WeakMap(), depth = 0) {
  if (depth > 50) throw new RangeError('merge depth limit exceeded')
  const arrayMode = options.arrays || 'replace'
  if (!isPlainObject(source)) return source
  if (seen.has(source)) return seen.get(source)
  const out = isPlainObject(target) ? { ...target } : {}
  seen.set(source, out)
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor') continue
    const s = source[key]
    const t = out[key]
    if (Array.isArray(s)) {
      out[key] = arrayMode === 'concat' && Array.isArray(t) ? [...t, ...s] : arrayMode === 'union' && Array.isArray(t) ? [...new Set([...t, ...s])] : [...s]
    } else if (isPlainObject(s)) {
      out[key] = deepMerge(t, s, options, seen, depth + 1)
    } else if (s !== undefined || options.keepUndefined) {
      out[key] = s
    }
  }
  return out
}

function deepFreeze(o, depth = 0) {
  if (depth > 50 || o === null || typeof o !== 'object' || Object.isFrozen(o)) return o
  for (const v of Object.values(o)) deepFreeze(v, depth + 1)
  return Object.freeze(o)
}

const defaults = {
  server: { host: 'localhost', port: 80, tls: { enabled: false, ciphers: ['a', 'b'] } },
  retries: 3,
  tags: ['base'],
  logger: null
}
const overrides = {
  server: { port: 8443, tls: { enabled: true, ciphers: ['b', 'c'] } },
  tags: ['extra'],
  logger: { level: 'debug' },
  timeout: undefined
}

const replaced = deepMerge(defaults, overrides)
console.log(JSON.stringify(replaced))
console.log(JSON.stringify(deepMerge(defaults, overrides, { arrays: 'concat' }).server.tls.ciphers))
console.log(JSON.stringify(deepMerge(defaults, overrides, { arrays: 'union' }).server.tls.ciphers))
console.log('timeout' in replaced, 'timeout' in deepMerge(defaults, overrides, { keepUndefined: true }))
console.log(defaults.server.port, replaced.server !== defaults.server, replaced.server.host)

const malicious = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "safe": 1}')
const merged = deepMerge({}, malicious)
console.log(merged.polluted, ({}).polluted, Object.keys(merged))

const cyclic = { name: 'loop' }
cyclic.self = cyclic
const mergedCycle = deepMerge({}, cyclic)
console.log(mergedCycle.self === mergedCycle, mergedCycle.self.self.name)

class Custom { constructor() { this.v = 1 } }
const withInstance = deepMerge({ inst: { old: true } }, { inst: new Custom(), date: new Date(0) })
console.log(withInstance.inst instanceof Custom, withInstance.date instanceof Date, withInstance.inst.old)

const frozen = deepFreeze(deepMerge(defaults, {}))
frozen.server.port = 1
console.log(frozen.server.port, Object.isFrozen(frozen.server.tls.ciphers))

let deep = {}
let cur = deep
for (let i = 0; i < 60; i++) { cur.next = {}; cur = cur.next }
try { deepMerge({}, deep) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(deepMerge({ a: 1 }, 'not an object'), deepMerge({ a: 1 }, null))

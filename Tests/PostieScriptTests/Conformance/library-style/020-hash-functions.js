const CRC_TABLE = (() => {
  const table = []
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table.push(c >>> 0)
  }
  return table
})()

function utf8(str) {
  const out = []
  for (const ch of str) {
    const cp = ch.codePointAt(0)
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return out
}

function crc32(str) {
  let crc = 0xffffffff
  for (const b of utf8(str)) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function fnv1a(str) {
  let h = 0x811c9dc5
  for (const b of utf8(str)) {
    h ^= b
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function djb2(str) {
  let h = 5381
  for (let i = 0; i < str.length; i++) h = ((h << 5) + h + str.charCodeAt(i)) | 0
  return h >>> 0
}

function adler32(str) {
  let a = 1, b = 0
  for (const byte of utf8(str)) { a = (a + byte) % 65521; b = (b + a) % 65521 }
  return ((b << 16) | a) >>> 0
}

function murmur3(str, seed = 0) {
  const bytes = utf8(str)
  let h = seed >>> 0
  const c1 = 0xcc9e2d51, c2 = 0x1b873593
  let i = 0
  for (; i + 4 <= bytes.length; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)
    k = Math.imul(k, c1); k = (k << 15) | (k >>> 17); k = Math.imul(k, c2)
    h ^= k; h = (h << 13) | (h >>> 19); h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  let k = 0
  switch (bytes.length & 3) {
    case 3: k ^= bytes[i + 2] << 16
    case 2: k ^= bytes[i + 1] << 8
    case 1: k ^= bytes[i]; k = Math.imul(k, c1); k = (k << 15) | (k >>> 17); k = Math.imul(k, c2); h ^= k
  }
  h ^= bytes.length
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16
  return h >>> 0
}

const hex = n => n.toString(16).padStart(8, '0')
const inputs = ['', 'a', 'abc', 'hello world', 'The quick brown fox jumps over the lazy dog', 'héllo', '😀', '123456789']
console.log('input'.padEnd(46), 'crc32    fnv1a    djb2     adler32  murmur3')
for (const s of inputs) {
  console.log(JSON.stringify(s).padEnd(46), [crc32, fnv1a, djb2, adler32, murmur3].map(f => hex(f(s))).join(' '))
}
console.log(crc32('123456789') === 0xcbf43926, hex(murmur3('hello', 42)))
function bucket(key, n) { return fnv1a(key) % n }
const counts = new Array(4).fill(0)
for (let i = 0; i < 400; i++) counts[bucket('user-' + i, 4)]++
console.log(counts, counts.reduce((a, b) => a + b))
const etag = body => 'W/"' + body.length.toString(16) + '-' + hex(crc32(body)) + '"'
console.log(etag('{"ok":true}'), etag(''))

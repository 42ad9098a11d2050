function lcsTable(a, b) {
  const t = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1])
    }
  }
  return t
}

function diff(a, b) {
  if (a.length * b.length > 1e6) throw new RangeError('input too large to diff')
  const t = lcsTable(a, b)
  const ops = []
  let i = 0, j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { ops.push({ op: ' ', value: a[i] }); i++; j++ }
    else if (t[i + 1][j] >= t[i][j + 1]) { ops.push({ op: '-', value: a[i] }); i++ }
    else { ops.push({ op: '+', value: b[j] }); j++ }
  }
  while (i < a.length) ops.push({ op: '-', value: a[i++] })
  while (j < b.length) ops.push({ op: '+', value: b[j++] })
  return ops
}

function unified(oldText, newText, context = 1) {
  const ops = diff(oldText.split('\n'), newText.split('\n'))
  const keep = ops.map((o, idx) => o.op !== ' ' || ops.slice(Math.max(0, idx - context), idx + context + 1).some(x => x.op !== ' '))
  const out = []
  let skipped = false
  ops.forEach((o, idx) => {
    if (keep[idx]) { out.push(o.op + ' ' + o.value); skipped = false }
    else if (!skipped) { out.push('...'); skipped = true }
  })
  return out.join('\n')
}

function similarity(a, b) {
  if (!a.length && !b.length) return 1
  const common = lcsTable([...a], [...b])[0][0]
  return +((2 * common) / (a.length + b.length)).toFixed(3)
}

function levenshtein(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]
}

const before = 'line one\nline two\nline three\nline four\nline five\nline six'
const after = 'line one\nline 2\nline three\nline four\nline five\nline six\nline seven'
console.log(unified(before, after))
console.log('---')
console.log(unified('a\nb\nc', 'a\nb\nc'))
console.log('---')
console.log(diff([...'kitten'], [...'sitting']).map(o => o.op === ' ' ? o.value : `[${o.op}${o.value}]`).join(''))
const pairs = [['kitten', 'sitting'], ['flaw', 'lawn'], ['', 'abc'], ['same', 'same'], ['Saturday', 'Sunday'], ['😀a', 'a😀']]
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), levenshtein(x, y), similarity(x, y))
const words = ['apple', 'apply', 'ample', 'maple', 'happy']
const target = 'appel'
console.log(words.map(w => [w, levenshtein(target, w)]).sort((p, q) => p[1] - q[1] || p[0].localeCompare(q[0])))
try { diff(new Array(2000).fill('x'), new Array(1000).fill('y')) } catch (e) { console.log(e.name + ': ' + e.message) }

function visualWidth(s) {
  let w = 0
  for (const ch of String(s)) {
    const cp = ch.codePointAt(0)
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x1f300 ? 2 : /\p{Mn}/u.test(ch) ? 0 : 1
  }
  return w
}

function padCell(s, width, align) {
  const gap = width - visualWidth(s)
  if (align === 'right') return ' '.repeat(gap) + s
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + s + ' '.repeat(Math.ceil(gap / 2))
  return s + ' '.repeat(gap)
}

function formatCell(v) {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2)
  if (typeof v === 'boolean') return v ? 'yes' : 'no'
  if (Array.isArray(v)) return v.join(', ')
  return String(v).replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function table(rows, columns) {
  const cols = columns || [...new Set(rows.flatMap(r => Object.keys(r)))].map(key => ({ key }))
  const cells = rows.map(r => cols.map(c => formatCell(r[c.key])))
  const headers = cols.map(c => c.title || c.key)
  const aligns = cols.map((c, i) => c.align || (rows.length && rows.every(r => typeof r[c.key] === 'number' || r[c.key] == null) ? 'right' : 'left'))
  const widths = cols.map((c, i) => Math.max(3, visualWidth(headers[i]), ...cells.map(r => visualWidth(r[i]))))
  const line = parts => '| ' + parts.join(' | ') + ' |'
  const sep = widths.map((w, i) => {
    const a = aligns[i]
    return (a === 'center' ? ':' : '-') + '-'.repeat(w - 2) + (a === 'right' || a === 'center' ? ':' : '-')
  })
  return [line(headers.map((h, i) => padCell(h, widths[i], aligns[i]))), line(sep), ...cells.map(r => line(r.map((c, i) => padCell(c, widths[i], aligns[i]))))].join('\n')
}

const results = [
  { test: 'status is 200', passed: true, ms: 12, tags: ['smoke'] },
  { test: 'body has id', passed: false, ms: 3.14159, tags: ['schema', 'body'] },
  { test: 'pipe | in name', passed: true, ms: 150, note: 'multi\nline' },
  { test: 'unicode 漢字', passed: true, ms: null, note: '😀 ok' },
  { test: 'combining é', passed: true, ms: 7 }
]
console.log(table(results))
console.log()
console.log(table(results, [{ key: 'test', title: 'Test name' }, { key: 'passed', align: 'center' }, { key: 'ms', title: 'Time (ms)' }]))
console.log()
console.log(table([], [{ key: 'empty' }]))
console.log(table([{ a: 1 }, { b: 2 }]))
console.log([visualWidth('abc'), visualWidth('漢字'), visualWidth('😀'), visualWidth('e\u0301'), visualWidth('ｶ')])
const summary = results.reduce((s, r) => ({ passed: s.passed + (r.passed ? 1 : 0), failed: s.failed + (r.passed ? 0 : 1), total: s.total + (r.ms || 0) }), { passed: 0, failed: 0, total: 0 })
console.log(table([summary]))
const wide = [{ city: 'Oslo', population: 709037, capital: true }, { city: 'Bergen', population: 291940, capital: false }]
console.log(table(wide, [{ key: 'city', align: 'right' }, { key: 'population' }, { key: 'capital', title: 'Capital?' }]))
console.log(padCell('x', 5, 'center') + '|', padCell('ab', 5, 'center') + '|', padCell('漢', 4, 'right') + '|')
console.log(formatCell(0.005), formatCell(-1.555), formatCell([1, [2, 3]]), JSON.stringify(formatCell(undefined)))
const lines = table(results).split('\n')
console.log(lines.length, new Set(lines.map(visualWidth)).size === 1)
console.log(lines.map(l => visualWidth(l)))

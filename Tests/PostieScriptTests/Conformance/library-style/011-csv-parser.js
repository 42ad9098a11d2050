function parseCsv(text, { delimiter = ',', header = true } = {}) {
  const rows = []
  let row = []
  let field = ''
  let inQuotes = false
  let i = 0
  let line = 1
  while (i < text.length) {
    const c = text[i]
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue }
        inQuotes = false
        i++
        if (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          throw new SyntaxError(`Unexpected character after closing quote on line ${line}`)
        }
        continue
      }
      if (c === '\n') line++
      field += c
      i++
      continue
    }
    if (c === '"' && field === '') { inQuotes = true; i++; continue }
    if (c === delimiter) { row.push(field); field = ''; i++; continue }
    if (c === '\r' || c === '\n') {
      row.push(field); field = ''
      rows.push(row); row = []
      if (c === '\r' && text[i + 1] === '\n') i++
      i++
      line++
      continue
    }
    field += c
    i++
  }
  if (inQuotes) throw new SyntaxError('Unterminated quoted field')
  if (field !== '' || row.length) { row.push(field); rows.push(row) }
  if (!header) return rows
  const [head, ...body] = rows
  return body.filter(r => !(r.length === 1 && r[0] === '')).map(r => Object.fromEntries(head.map((h, j) => [h, r[j] ?? null])))
}

function toCsv(records, columns = Object.keys(records[0] || {})) {
  const esc = v => {
    const s = v == null ? '' : String(v)
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s
  }
  return [columns.map(esc).join(','), ...records.map(r => columns.map(c => esc(r[c])).join(','))].join('\r\n')
}

const input = 'id,name,notes,amount\r\n1,Ann,"likes ""quotes""",10.50\r\n2,"Bob, Jr.","multi\nline",7\n3,Cy,,\n4,Dee,trailing\n\n'
const records = parseCsv(input)
console.log(records)
console.log(records.map(r => Number(r.amount || 0)).reduce((a, b) => a + b, 0))
console.log(parseCsv('a;b\n1;2', { delimiter: ';' }))
console.log(parseCsv('x,y\n1', { header: false }), parseCsv('only header'))
console.log(parseCsv('a,b\n1,2,3\n4'))
for (const bad of ['a,b\n"open,1', 'a\n"closed"junk']) {
  try { parseCsv(bad) } catch (e) { console.log(e.name + ': ' + e.message) }
}
const out = toCsv(records)
console.log(JSON.stringify(out))
console.log(JSON.stringify(parseCsv(out)) === JSON.stringify(records.map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? ''])))))
console.log(toCsv([{ a: ' padded ', b: null, c: 'x,y' }]))
console.log(toCsv([], ['only', 'columns']))

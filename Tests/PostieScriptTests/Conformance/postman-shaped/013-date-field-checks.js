const body = JSON.stringify({ created: '2024-03-10T06:59:59Z', updated: '2024-03-10T07:00:01.500Z', expires: '2024-13-01T00:00:00Z', local: '2024-03-10T02:30:00' })
const data = JSON.parse(body)
const results = []
const test = (name, fn) => { try { fn(); results.push('PASS ' + name) } catch (e) { results.push('FAIL ' + name + ': ' + e.message) } }
const parse = s => { const t = Date.parse(s); if (Number.isNaN(t)) throw new Error(`'${s}' is not a valid date`); return t }
test('created is ISO 8601 UTC', () => { if (!/Z$/.test(data.created) || new Date(data.created).toISOString() !== '2024-03-10T06:59:59.000Z') throw new Error('not canonical') })
test('updated after created', () => { const d = parse(data.updated) - parse(data.created); if (d <= 0) throw new Error('delta ' + d) })
test('updated within 5 seconds', () => { const d = parse(data.updated) - parse(data.created); if (d > 5000) throw new Error(d + 'ms') })
test('expires is a valid date', () => parse(data.expires))
test('local time falls in DST gap', () => { const d = new Date(data.local); if (d.getHours() !== 3) throw new Error('hour ' + d.getHours()) })
test('created day in New York', () => { const d = new Date(data.created); if (d.getDate() !== 10 || d.getTimezoneOffset() !== 300) throw new Error(`${d.getDate()} ${d.getTimezoneOffset()}`) })
console.log(results.join('\n'))
console.log(new Date(data.updated).getTime() - new Date(data.created).getTime(), new Date(data.local).toISOString())

const text = '{"created":"2024-03-10T07:30:00.000Z","name":"x","when":["2020-01-01T00:00:00.000Z"]}'
const isoRe = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const r = JSON.parse(text, (k, v) => (typeof v === 'string' && isoRe.test(v) ? new Date(v) : v))
console.log(r.created instanceof Date, r.created.getTime(), r.when[0].getUTCFullYear(), r.name)
console.log(JSON.stringify(r))

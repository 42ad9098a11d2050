let log = []
if (true) /foo/.test('foo') && log.push('regex after if')
const n = 12, two = 2, three = 3
const q = (n) / two / three
log.push(q)
console.log(log)

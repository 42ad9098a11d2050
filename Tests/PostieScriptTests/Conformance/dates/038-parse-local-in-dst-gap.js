const s = '2024-03-10T02:30:00'
const d = new Date(s)
console.log(d.toString(), d.toISOString())
const f = new Date('2024-11-03T01:30:00')
console.log(f.toString(), f.toISOString())
console.log(new Date('2024-03-10T03:00:00') - new Date('2024-03-10T01:00:00'))

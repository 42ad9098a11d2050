const table = [['name', 'qty', 'price'], ['apple', 3, 1.2], ['pear, green', 1, 0.75]]
const esc = v => (typeof v === 'string' && /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : String(v))
const csv = table.map(row => row.map(esc).join(',')).join('\n')
console.log(csv)
console.log(csv.split('\n').length)

const s = 'report-2024.csv'
console.log(s.startsWith('report'), s.startsWith('2024', 7), s.startsWith('r', -3), s.startsWith(''))
console.log(s.endsWith('.csv'), s.endsWith('2024', 11), s.endsWith('report', 6), s.endsWith('', 0))
console.log(s.endsWith('v', 100), s.startsWith('csv', 12), s.startsWith('CSV'.toLowerCase(), 12))
try { s.startsWith(/r/) } catch (e) { console.log(e.name + ': ' + e.message) }
try { s.endsWith(/v/) } catch (e) { console.log(e.name + ': ' + e.message) }

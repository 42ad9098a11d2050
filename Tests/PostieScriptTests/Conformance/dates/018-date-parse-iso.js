const forms = ['2024-03-10', '2024-03-10T12:00', '2024-03-10T12:00Z', '2024-03-10T12:00:00.123+05:30', '2024-03', '2024', '2024-03-10T24:00:00Z', '+002024-03-10T00:00:00Z', '2024-3-10', '2024-03-10T12:00:00.1234Z', '2024-13-01']
for (const f of forms) console.log(f.padEnd(32), Date.parse(f))
console.log(Date.parse('2024-03-10T12:00:00+0530'), Date.parse('2024-03-10 12:00'), Date.parse('2024-03-10T12:00:60Z'))
console.log(Date.parse('2024-01-01T00:00:00.000-00:00'), Date.parse('2024-01-01T00:00:00+00:00'))
console.log(Date.parse(''), Date.parse('T12:00'), Date.parse('2024-03-10T'))

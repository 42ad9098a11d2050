const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const dates = [new Date(2024, 0, 1), new Date(2000, 1, 29), new Date(1970, 0, 1), new Date(1999, 11, 31), new Date(2024, 11, 25)]
console.log(dates.map(d => names[d.getDay()]))
console.log(new Date(Date.UTC(1970, 0, 1)).getUTCDay(), new Date(0).getDay())
const friday13 = []
for (let m = 0; m < 12; m++) if (new Date(2026, m, 13).getDay() === 5) friday13.push(m + 1)
console.log(friday13)

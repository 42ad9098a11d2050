const dayMs = 86400000
const a = new Date(2024, 2, 9), b = new Date(2024, 2, 10), c = new Date(2024, 2, 11)
console.log((b - a) / 3600000, (c - b) / 3600000)
console.log(Math.round((c - a) / dayMs), (c - a) / dayMs)
const f1 = new Date(2024, 10, 2), f2 = new Date(2024, 10, 3), f3 = new Date(2024, 10, 4)
console.log((f2 - f1) / 3600000, (f3 - f2) / 3600000)
const utcDays = (Date.UTC(2024, 11, 25) - Date.UTC(2024, 0, 1)) / dayMs
console.log(utcDays)

const d = new Date(2024, 10, 3, 1, 30, 15)
for (const s of [d.toString(), d.toUTCString(), d.toISOString(), d.toDateString(), String(d.getTime())]) {
  const p = Date.parse(s)
  console.log(s, '->', isNaN(p) ? 'NaN' : p === d.getTime() ? 'exact' : p - d.getTime())
}

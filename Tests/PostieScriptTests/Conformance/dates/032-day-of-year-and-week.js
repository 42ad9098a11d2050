function dayOfYear(d) { return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 0)) / 864e5) }
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()))
  const day = t.getUTCDay() || 7
  t.setUTCDate(t.getUTCDate() + 4 - day)
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1)
  return Math.ceil(((t - yearStart) / 864e5 + 1) / 7)
}
for (const d of [new Date(2024, 0, 1), new Date(2024, 2, 10), new Date(2024, 11, 31), new Date(2021, 0, 3)]) {
  console.log(d.toDateString(), dayOfYear(d), isoWeek(d))
}

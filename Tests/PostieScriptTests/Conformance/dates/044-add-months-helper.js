function addMonths(date, n) {
  const d = new Date(date.getTime())
  const day = d.getDate()
  d.setDate(1)
  d.setMonth(d.getMonth() + n)
  d.setDate(Math.min(day, new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()))
  return d
}
const jan31 = new Date(2024, 0, 31)
console.log([1, 2, 3, 13, -1].map(n => addMonths(jan31, n).toDateString()))

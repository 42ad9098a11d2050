for (let m = 0; m < 12; m++) {
  const d = new Date(2024, m, 15)
  console.log(m + 1, d.getTimezoneOffset(), d.toString().slice(25))
}
const offsets = new Set()
for (let d = 1; d <= 366; d++) offsets.add(new Date(2024, 0, d, 12).getTimezoneOffset())
console.log([...offsets])

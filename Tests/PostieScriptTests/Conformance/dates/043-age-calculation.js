function age(birth, on) {
  let a = on.getFullYear() - birth.getFullYear()
  const m = on.getMonth() - birth.getMonth()
  if (m < 0 || (m === 0 && on.getDate() < birth.getDate())) a--
  return a
}
const birth = new Date(2000, 1, 29)
console.log(age(birth, new Date(2024, 1, 28)), age(birth, new Date(2024, 1, 29)), age(birth, new Date(2023, 2, 1)))
console.log(age(new Date(1990, 11, 31), new Date(2024, 0, 1)))

const f = () =>
  5
const g = (a,
  b) => a + b
const h = x => {
  return
  x
}
console.log(f(), g(1, 2), h(3))

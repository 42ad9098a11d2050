const fns = []
for (let i = 0; i < 3; i++) {
  fns.push(() => i)
}
console.log(fns.map(f => f()))
const fns2 = []
for (let i = 0; i < 6; i++) {
  fns2.push(() => i)
  i++
}
console.log(fns2.map(f => f()))

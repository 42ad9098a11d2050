const fns = []
for (let i = 0, first = () => i; i < 3; i++) {
  fns.push(first)
  fns.push(() => i)
}
console.log(fns.map(f => f()))

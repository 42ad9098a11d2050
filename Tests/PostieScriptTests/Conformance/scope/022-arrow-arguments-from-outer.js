function outer() {
  const arrow = () => arguments[0] + arguments.length
  return arrow('ignored', 'also ignored')
}
console.log(outer(10, 20, 30))
function outer2() {
  const arrow = (...args) => [arguments.length, args.length]
  return arrow(1)
}
console.log(outer2(1, 2))

function tag(strings, ...values) {
  console.log(strings)
  console.log(strings.raw)
  console.log(values)
  console.log(Object.isFrozen(strings), Object.isFrozen(strings.raw), Array.isArray(strings))
  return strings.length
}
console.log(tag`a${1}b\n${'two'}`)
console.log(tag``)
console.log(tag`${0}`)

function* conversation() {
  const name = yield 'what is your name?'
  const age = yield `hello ${name}, age?`
  return `${name} is ${age}`
}
const c = conversation()
console.log(c.next('ignored first arg').value)
console.log(c.next('Ada').value)
console.log(c.next(36))
console.log(c.next('after done'))

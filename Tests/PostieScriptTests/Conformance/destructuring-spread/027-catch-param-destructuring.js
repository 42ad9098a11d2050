try {
  throw new TypeError('bad thing')
} catch ({ name, message }) {
  console.log(name, message)
}
try {
  throw { code: 42, details: ['d1', 'd2'] }
} catch ({ code, details: [first] }) {
  console.log(code, first)
}

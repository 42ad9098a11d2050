function read() { return c }
try {
  read()
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
const c = 'ready'
console.log(read())

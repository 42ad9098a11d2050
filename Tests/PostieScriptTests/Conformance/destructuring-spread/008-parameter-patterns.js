function connect({ host = 'localhost', port = 80, ...opts } = {}) {
  return `${host}:${port} ${JSON.stringify(opts)}`
}
console.log(connect())
console.log(connect({ port: 8080, secure: true }))
const area = ([w, h = w]) => w * h
console.log(area([3]), area([3, 4]))
const pick = ({ id }, { name } = { name: 'anon' }) => id + ':' + name
console.log(pick({ id: 1 }), pick({ id: 2 }, { name: 'bob' }))

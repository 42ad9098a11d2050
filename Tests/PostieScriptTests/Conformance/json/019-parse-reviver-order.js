const log = []
const r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"e":5}', function (k, v) {
  log.push(k === '' ? '(root)' : k)
  return v
})
console.log(log)
console.log(r)

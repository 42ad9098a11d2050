const calls = []
const out = JSON.stringify({ a: 1, b: { c: 2 }, d: [3] }, function (key, value) {
  calls.push(JSON.stringify(key) + ':' + (typeof value) + ':' + (this === undefined ? 'no-this' : Array.isArray(this) ? 'array' : typeof this))
  return value
})
console.log(out)
console.log(calls)

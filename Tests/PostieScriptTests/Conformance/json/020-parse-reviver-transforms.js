const r = JSON.parse('{"a":1,"b":2,"drop":3,"n":{"drop":4,"keep":5}}', (k, v) => {
  if (k === 'drop') return undefined
  if (typeof v === 'number') return v * 10
  return v
})
console.log(r)
const holder = []
JSON.parse('{"x":{"y":1}}', function (k, v) { holder.push(k + ':' + Object.keys(this).join(',')); return v })
console.log(holder)

const depth = 1000
const s = '['.repeat(depth) + ']'.repeat(depth)
const parsed = JSON.parse(s)
let d = 0, cur = parsed
while (Array.isArray(cur) && cur.length) { cur = cur[0]; d++ }
console.log(d, JSON.stringify(parsed).length)
const obj = JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200))
console.log(JSON.stringify(obj).length)

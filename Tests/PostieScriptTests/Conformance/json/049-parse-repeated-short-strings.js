// Short string values that repeat (and ones that differ only slightly) parse to equal strings.
const words = []
for (let i = 0; i < 600; i++) words.push('w' + (i % 37) + (i % 2 ? 'a' : 'b') + String.fromCharCode(0x61 + (i % 26)))
words.push('', 'x', 'same', 'same', 'ab\u00e9', 'ab\u00e9', '\ud83d\ude00', 'a\\"b', 'twenty-four-units-long-x', 'twenty-five-units-long-xy')
const text = JSON.stringify(words)
const parsed = JSON.parse(text)
console.log(parsed.length, JSON.stringify(parsed) === text)
console.log(parsed.slice(0, 5), parsed.slice(-10))
let equalPairs = 0
for (let i = 0; i < parsed.length; i++) if (parsed[i] === words[i]) equalPairs++
console.log(equalPairs)
const objects = JSON.parse('[{"k":"alpha","v":"beta"},{"k":"alpha","v":"gamma"},{"k":"beta","v":"alpha"}]')
console.log(objects.map(function (o) { return o.k + '/' + o.v }).join(' '))

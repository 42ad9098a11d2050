let s = ''
for (let i = 0; i < 1000; i++) s += i % 10
console.log(s.length, s.slice(0, 12), s.slice(-5))
const parts = []
for (let i = 0; i < 5; i++) parts.push(String.fromCharCode(97 + i).repeat(i + 1))
console.log(parts.join('|'))
console.log('x'.repeat(1e5).length)

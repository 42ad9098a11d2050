const o = {}
for (let i = 0; i < 30; i++) o['key' + i] = i
console.log(o)
const small = {}
for (let i = 0; i < 8; i++) small[String.fromCharCode(97 + i)] = i
console.log(small)

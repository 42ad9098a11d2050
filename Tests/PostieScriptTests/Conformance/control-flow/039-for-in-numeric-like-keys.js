const o = {}
o['10'] = 'a'; o['9'] = 'b'; o['1.5'] = 'c'; o['-0'] = 'd'; o['0'] = 'e'; o['007'] = 'f'; o[4294967295] = 'g'; o[4294967294] = 'h'
const keys = []
for (const k in o) keys.push(k)
console.log(keys)
console.log(Object.keys(o).join() === keys.join())

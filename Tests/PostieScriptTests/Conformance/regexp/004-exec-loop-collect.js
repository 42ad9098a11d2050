const re = /(\w)(\d)/g
const s = 'a1 b2 c3'
const found = []
let m
while ((m = re.exec(s)) !== null) found.push(`${m[0]}@${m.index} next=${re.lastIndex}`)
console.log(found, re.lastIndex)
const nonGlobal = /\d/
nonGlobal.lastIndex = 5
console.log(nonGlobal.exec('a1b2').index, nonGlobal.lastIndex)

const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const special = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p'
const escaped = escapeRegExp(special)
console.log(escaped)
console.log(new RegExp(escaped).test(special), new RegExp('^' + escaped + '$').test(special + 'x'))
console.log(new RegExp(escapeRegExp('1+1=2')).exec('is 1+1=2?').index)

const m = /(?<year>\d{4})-(?<month>\d{2})/.exec('on 2024-03')
console.log(m.groups.year, m.groups.month, m[1], m[2])
console.log(m.groups)
console.log(Object.getPrototypeOf(m.groups))
const opt = /(?<a>x)|(?<b>y)/.exec('y')
console.log(opt.groups, 'a' in opt.groups)
try { new RegExp('(?<n>a)(?<n>b)') } catch (e) { console.log(e.name + ': ' + e.message) }

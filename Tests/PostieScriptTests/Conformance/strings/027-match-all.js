const text = 'a1b22c333'
const all = [...text.matchAll(/([a-z])(\d+)/g)]
console.log(all.map(m => [m[0], m[1], m[2], m.index]))
const withGroups = [...'k1=v1;k2=v2'.matchAll(/(?<k>\w+)=(?<v>\w+)/g)].map(m => m.groups.k + '->' + m.groups.v)
console.log(withGroups)
try { 'x'.matchAll(/x/) } catch (e) { console.log(e.name + ': ' + e.message) }
console.log([...'aXbX'.matchAll('X')].map(m => m.index))
const it = 'ab'.matchAll(/./g)
console.log(Object.prototype.toString.call(it), typeof it.next)

const s = new Set(['x', 'y'])
s.forEach((value, key, set) => console.log(value, key, value === key, set === s))
const ctx = { tag: '#' }
s.forEach(function (v) { console.log(this.tag + v) }, ctx)
console.log(s.forEach(() => 1))

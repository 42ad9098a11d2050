const obj = {
  prefix: '>> ',
  tag(strings, ...vals) { return this.prefix + strings.join('|') + ' ' + vals.join(',') }
}
console.log(obj.tag`one${1}two${2}three`)
console.log(obj['tag']`x`)
const f = () => (s) => s.raw.join('+')
console.log(f()`a${0}b`)
console.log(obj.tag`chained`.length)
try { eval('new String`boxed`.toString') } catch (e) { console.log(e.name) }

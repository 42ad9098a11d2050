const vals = [0, -0, NaN, 0 / 0, -NaN, '', false, null, undefined]
const names = ['0', '-0', 'NaN', '0/0', '-NaN', "''", 'false', 'null', 'undef']
for (let i = 0; i < vals.length; i++) {
  console.log(names[i].padEnd(6), vals.map(v => (Object.is(vals[i], v) ? 'T' : '.')).join(' '))
}
console.log(Object.is(), Object.is(undefined), Object.is(NaN))

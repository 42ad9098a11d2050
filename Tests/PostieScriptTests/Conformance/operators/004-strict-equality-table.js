const vals = [0, -0, NaN, '', null, undefined, 'x', Infinity]
const names = ['0', '-0', 'NaN', "''", 'null', 'undefined', "'x'", 'Infinity']
for (let i = 0; i < vals.length; i++) {
  const row = vals.map(v => (vals[i] === v ? 'T' : '.')).join(' ')
  console.log(names[i].padEnd(10), row)
}
const o = {}
console.log(o === o, {} === {}, [] === [], 'a' === 'a', NaN === NaN)

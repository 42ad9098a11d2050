const vals = [0, -0, 1, '', '0', '1', 'a', null, undefined, NaN, true, false, [], [0], {}]
const names = ['0', '-0', '1', "''", "'0'", "'1'", "'a'", 'null', 'undefined', 'NaN', 'true', 'false', '[]', '[0]', '{}']
for (let i = 0; i < vals.length; i++) {
  let row = names[i].padEnd(10)
  for (let j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? ' T' : ' .'
  console.log(row)
}

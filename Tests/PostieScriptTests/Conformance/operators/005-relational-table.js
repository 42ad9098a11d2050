const vals = [0, 1, '', '1', '10', '2', 'a', null, undefined, NaN, true, [], [2], '  3']
const names = ['0', '1', "''", "'1'", "'10'", "'2'", "'a'", 'null', 'undef', 'NaN', 'true', '[]', '[2]', "'  3'"]
console.log('<'.padEnd(7), names.map(n => n[0]).join(' '))
for (let i = 0; i < vals.length; i++) {
  let row = names[i].padEnd(7)
  for (let j = 0; j < vals.length; j++) row += vals[i] < vals[j] ? ' T' : ' .'
  console.log(row)
}

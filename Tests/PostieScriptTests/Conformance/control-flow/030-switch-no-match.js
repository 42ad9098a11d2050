let ran = []
switch ('zzz') {
  case 'a': ran.push('a')
  case 'b': ran.push('b')
}
console.log(ran)
switch (1) {}
switch (1) { default: ran.push('only default') }
console.log(ran)

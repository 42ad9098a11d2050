try {
  const five = 5
  (() => 'arrow')()
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
try {
  const s = 'str'
  ;['a'].forEach(x => console.log('guarded', x))
  console.log(s)
} catch (e) {
  console.log('unexpected', e.message)
}

function run(v) {
  switch (v) {
    case 1:
      let y = 'one'
      return y
    case 2:
      y = 'two'
      return y
  }
}
console.log(run(1))
try { run(2) } catch (e) { console.log(e.name + ': ' + e.message) }

const cases = ['let x = 1; let x = 2', 'let y = 1; var y = 2', 'const z = 1; function z() {}', 'var w = 1; var w = 2; w']
for (const src of cases) {
  try {
    console.log(eval(src))
  } catch (e) {
    console.log(e.name + ': ' + e.message)
  }
}

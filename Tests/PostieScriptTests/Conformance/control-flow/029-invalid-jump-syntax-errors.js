const sources = ['lbl: { continue lbl }', 'break', 'continue', 'a: a: ;', 'function f() { break }', 'x: for(;;) { function g() { break x } }']
for (const src of sources) {
  try {
    eval(src)
    console.log('ok')
  } catch (e) {
    console.log(e.name + ': ' + e.message)
  }
}

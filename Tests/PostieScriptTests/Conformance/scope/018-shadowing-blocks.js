var a = 'var a'
let b = 'let b'
{
  let a = 'block a'
  const b = 'block b'
  console.log(a, b)
  {
    let a = 'nested a'
    console.log(a, b)
  }
}
console.log(a, b)
function f(b) { var a = 'fn a'; return a + ' / ' + b }
console.log(f('param b'))

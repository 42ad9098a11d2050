let v = 'outer'
function f() {
  try {
    return v
  } finally {
    console.log('finally ran')
  }
  let v = 'inner'
}
try { f() } catch (e) { console.log(e.name + ': ' + e.message) }
{
  try { v } catch (e) { console.log('block: ' + e.message) }
  let v = 'block'
}

var e = 'outer'
try {
  throw 'thrown'
} catch (e) {
  var e = 'assigned in catch'
  console.log(e)
}
console.log(e)
try { throw 1 } catch (err) { var declared = err + 1 }
console.log(declared, typeof err)

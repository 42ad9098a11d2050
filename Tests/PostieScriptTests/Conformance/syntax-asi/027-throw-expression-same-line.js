function fail(msg) {
  throw new Error(
    msg
  )
}
try {
  fail('multi-line throw argument')
} catch (e) {
  console.log(e.message)
}
try { eval('throw\nnew Error("x")') } catch (e) { console.log(e.name + ': ' + e.message) }

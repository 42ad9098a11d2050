function test() {
  var log = []
  {
    log.push(typeof fn)
    function fn() { return 'inside' }
    let inner = fn()
    log.push(inner)
  }
  log.push(typeof fn)
  return log
}
console.log(test())

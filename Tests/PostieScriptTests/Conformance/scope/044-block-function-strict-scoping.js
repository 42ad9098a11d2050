function f() {
  'use strict'
  {
    function inner() { return 'inner' }
    console.log(inner())
  }
  return typeof inner
}
console.log(f())

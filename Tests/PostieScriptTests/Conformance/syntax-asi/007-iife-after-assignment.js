const trap = function () { return 'trap called' }
let result
try {
  result = trap
  (function () { return 'iife' })()
  console.log('result is', result)
} catch (e) {
  console.log(e.name + ': ' + e.message)
}
const safe = 1
;(function () { console.log('leading semicolon iife ran') })()

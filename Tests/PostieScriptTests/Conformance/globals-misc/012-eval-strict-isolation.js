function strictEval() {
  'use strict'
  eval('var inner = 1')
  return typeof inner
}
console.log(strictEval())
function sloppyEval() { eval('"use strict"; var inner2 = 2'); return typeof inner2 }
console.log(sloppyEval())
function thisInEval() { return eval('this') }
console.log(thisInEval.call({ tag: 'ctx' }))

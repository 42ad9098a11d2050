try { eval('return 1') } catch (e) { console.log(e.name + ': ' + e.message) }
console.log(eval('(function () { return "function body ok" })()'))
console.log(eval('(() => 5)()'), eval('[1, 2, 3].map(x => x * 2)'))
function inner() { return eval('1; 2; 3') }
console.log(inner(), eval('var r = 1; r + 1'))

var topVar = 1
let topLet = 2
function topFn() {}
console.log(typeof globalThis.topVar, typeof globalThis.topLet, typeof globalThis.topFn)
console.log(topVar, topLet, typeof topFn)

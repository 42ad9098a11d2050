var get = 1, set = 2, of = 3, async = 4, from = 5, as = 6, target = 7, yield = 8
console.log(get + set + of + async + from + as + target + yield)
const o = { get, set, of, async, static: 9 }
console.log(o)
function async2(async) { return async * 2 }
console.log(async2(21))

const a = [1, , 3, 4, 5]
const seen = []
const odd = a.filter((v, i, arr) => { seen.push(i); return v % 2 })
console.log(odd, seen)
console.log([0, 1, '', 'a', null, NaN, [], {}].filter(Boolean))
console.log([1, 2, 3].filter(function (v) { return v > this.min }, { min: 1 }))
console.log(['x'].filter(() => 'truthy string'), [1, 2].filter(() => 0))

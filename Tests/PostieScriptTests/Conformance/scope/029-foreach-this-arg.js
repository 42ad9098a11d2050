const ctx = { factor: 3 }
const out = [1, 2].map(function (n) { return n * this.factor }, ctx)
console.log(out)
const arrows = [1, 2].map(n => typeof this, ctx)
console.log(arrows)
;[1].forEach(function () { console.log(this === ctx) }, ctx)

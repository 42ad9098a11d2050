const counter = { total: 0 }
;[1, 2, 3].forEach(function (v) { this.total += v }, counter)
console.log(counter.total)
;[1].forEach(() => console.log(typeof this))
const res = []
;[1].forEach(function () { res.push(this === undefined ? 'undefined' : typeof this) })
console.log(res)

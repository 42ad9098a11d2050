const a = [1, , 3]
a.extra = 'ignored'
console.log(JSON.stringify(a))
console.log(JSON.stringify(Array(3)), JSON.stringify([, ]))
const like = { length: 2, 0: 'a', 1: 'b' }
console.log(JSON.stringify(like))
console.log(JSON.stringify((function () { return arguments })(1, 2)))

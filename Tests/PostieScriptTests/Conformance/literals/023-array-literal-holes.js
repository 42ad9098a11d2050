console.log([1, , 3].length, [1, 2, 3, ].length)
console.log([, ].length, [, , ].length, [].length)
const a = [, 'x', , ]
console.log(0 in a, 1 in a, 2 in a)
console.log(a)
console.log([...[, 1]])

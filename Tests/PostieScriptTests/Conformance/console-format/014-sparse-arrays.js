console.log([, , 3])
console.log([1, , 3])
console.log([1, , , , 5, , ])
console.log(new Array(5), [, 'a', , 'b', , , ])
const a = [1, 2, 3]
delete a[1]
a[10] = 11
console.log(a)

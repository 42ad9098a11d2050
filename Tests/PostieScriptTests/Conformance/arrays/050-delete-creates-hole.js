const a = [1, 2, 3]
console.log(delete a[1], a, a.length, 1 in a)
console.log(delete a[5], a.length)
delete a[2]
console.log(a, a.length)
a.length = 1
console.log(a)

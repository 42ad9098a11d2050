let a = 1, b = 2
;[a, b] = [b, a]
console.log(a, b)
let x = 'x', y = 'y', z = 'z'
;[x, y, z] = [y, z, x]
console.log(x, y, z)
const arr = [1, 2, 3]
;[arr[0], arr[2]] = [arr[2], arr[0]]
console.log(arr)

const [a, , b, ...rest] = [1, 2, 3, 4, 5]
console.log(a, b, rest)
const [, , , , , six = 6] = [1, 2, 3, 4, 5]
console.log(six)
const [x, ...empty] = [1]
console.log(x, empty)
const [[n1, n2], [n3]] = [[1, 2], [3, 4]]
console.log(n1, n2, n3)
const [...all] = 'héllo'
console.log(all)

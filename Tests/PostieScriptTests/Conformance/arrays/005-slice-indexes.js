const a = ['a', 'b', 'c', 'd', 'e']
console.log(a.slice(1, 3), a.slice(-2), a.slice(2, -1), a.slice(-3, -1))
console.log(a.slice(), a.slice(3, 1), a.slice(10), a.slice(-10, 2))
console.log(a.slice(1.5, 3.9), a.slice('1', '2'), a.slice(NaN, 2), a.slice(0, undefined))
const copy = a.slice()
copy[0] = 'changed'
console.log(a[0], copy === a)

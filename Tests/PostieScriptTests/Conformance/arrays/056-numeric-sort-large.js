const data = [42, -7, 3.5, 1e3, 0, -0, 17, 8, 99, -100, 2, 2, 64, 5, 31, 12, 0.5, -2.5, 77, 19, 23, 11]
const asc = data.slice().sort((a, b) => a - b)
console.log(asc.join(' '))
console.log(asc.every((v, i) => i === 0 || asc[i - 1] <= v))
console.log(data.slice().sort().slice(0, 6))

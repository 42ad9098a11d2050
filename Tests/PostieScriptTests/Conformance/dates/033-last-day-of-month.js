const lengths = []
for (let m = 0; m < 12; m++) lengths.push(new Date(2024, m + 1, 0).getDate())
console.log(lengths.join(' '))
console.log(new Date(2023, 2, 0).getDate(), new Date(1900, 2, 0).getDate(), new Date(2000, 2, 0).getDate())
const leap = y => new Date(y, 1, 29).getMonth() === 1
console.log([1900, 2000, 2023, 2024, 2100].map(leap))

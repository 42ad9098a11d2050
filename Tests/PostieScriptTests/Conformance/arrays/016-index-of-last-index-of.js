const a = [1, 2, 3, 2, 1, NaN, -0]
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(9), a.indexOf(NaN), a.lastIndexOf(NaN))
console.log(a.indexOf(0), a.indexOf(-0), a.lastIndexOf(0))
console.log(a.indexOf(2, 2), a.indexOf(1, -3), a.indexOf(2, -100), a.indexOf(1, 100))
console.log(a.lastIndexOf(2, 2), a.lastIndexOf(2, -5), a.lastIndexOf(1, -100))
console.log([1, '1'].indexOf('1'), [{}].indexOf({}), [[1]].indexOf([1]))

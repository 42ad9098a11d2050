const a = [1, 2, 3]
console.log(a.includes(1, 3), a.includes(3, 2), a.includes(3, 3), a.includes(undefined, 5))
console.log(a.includes(1, -Infinity), a.includes(3, Infinity), a.includes('2'))
console.log(Array.prototype.includes.call('abc', 'b'))
console.log([].includes(undefined), [undefined].includes(), Array(1).includes())

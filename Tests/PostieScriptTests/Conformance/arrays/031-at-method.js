const a = [10, 20, 30]
console.log(a.at(0), a.at(-1), a.at(-3), a.at(3), a.at(-4))
console.log(a.at(1.7), a.at('1'), a.at(NaN), a.at(), a.at(-0.5))
console.log([].at(0), Array.prototype.at.call({ length: 2, 1: 'b' }, -1))
console.log([1, 2, 3].at(-1) === [1, 2, 3][2], [1, 2, 3].at(Infinity), [1, 2, 3].at(-Infinity))

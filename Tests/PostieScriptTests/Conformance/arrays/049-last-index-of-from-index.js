const a = ['x', 'y', 'x', 'y']
console.log(a.lastIndexOf('x'), a.lastIndexOf('x', 1), a.lastIndexOf('x', -2), a.lastIndexOf('x', -4))
console.log(a.lastIndexOf('y', 10), a.lastIndexOf('y', -10), a.lastIndexOf('x', NaN), a.lastIndexOf('y', NaN))
console.log(a.lastIndexOf('x', undefined), a.lastIndexOf('x', 0))
console.log([NaN, 1].lastIndexOf(NaN), [undefined].lastIndexOf(undefined), [, 1].lastIndexOf(undefined))

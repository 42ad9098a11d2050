const a = [1, 2, 3, 4]
console.log(a.reduce((acc, v) => acc + v), a.reduce((acc, v) => acc + v, 10))
const trace = []
a.reduce((acc, v, i) => { trace.push(`${acc}+${v}@${i}`); return acc + v })
console.log(trace)
console.log([5].reduce(() => 'never called'), [].reduce(() => 1, 'init'))
console.log([, 7, , 8].reduce((acc, v) => acc + v))
console.log([[1, 2], [3]].reduce((acc, v) => acc.concat(v), []))

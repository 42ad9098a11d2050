console.log([1, 2, 3].reduceRight((acc, v) => acc + '-' + v))
console.log([[1, 2], [3, 4]].reduceRight((acc, v) => acc.concat(v), []))
const trace = []
;['a', 'b', 'c'].reduceRight((acc, v, i) => { trace.push(i); return acc + v }, '')
console.log(trace)
console.log([...'stressed'].reduceRight((acc, c) => acc + c, ''))

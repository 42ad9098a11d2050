const a = [3, undefined, , 1, null, , 2]
const calls = []
a.sort((x, y) => { calls.push([x, y].map(String).join('/')); return (x === null ? 0 : x) - (y === null ? 0 : y) })
console.log(a, a.length)
console.log(calls.every(c => !c.includes('undefined')))
console.log([undefined, 'b', , 'a'].sort())
console.log(Object.keys([undefined, , 'a'].sort()))

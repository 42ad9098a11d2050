const nums = [5, 1, 8, -2]
console.log(Math.max(...nums), Math.min.apply(Math, nums))
console.log(Math.max(...[]), Math.min(...[]))
function args() { return arguments.length }
console.log(args(...'abc', ...[1, 2]), args.apply(null, ['x']))
console.log([...'hi'].map((c, i) => c + i))

const compose = (...fns) => x => fns.reduceRight((v, f) => f(v), x)
const pipe = (...fns) => x => fns.reduce((v, f) => f(v), x)
const inc = x => x + 1, dbl = x => x * 2, sq = x => x * x
console.log(compose(inc, dbl, sq)(3), pipe(inc, dbl, sq)(3))
console.log(compose()(5), pipe(String, s => s.padStart(4, '0'))(7))

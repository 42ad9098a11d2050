function minMax(arr) { return [Math.min(...arr), Math.max(...arr)] }
const [lo, hi] = minMax([4, 9, -1, 7])
console.log(lo, hi)
function status() { return { code: 200, text: 'OK', headers: { 'content-type': 'json' } } }
const { code, headers: { 'content-type': ct } } = status()
console.log(code, ct)

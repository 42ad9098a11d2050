const seen = []
try {
  ;[1, 2, 3, 4].forEach(v => {
    if (v === 3) throw new Error('stop at ' + v)
    seen.push(v)
  })
} catch (e) { console.log(e.message) }
console.log(seen)
console.log([1, 2, 3, 4].some(v => (seen.push('some ' + v), v === 2)), seen.slice(2))

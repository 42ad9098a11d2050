const a = [1, 2, , 4]
const log = []
const r = a.forEach((v, i) => {
  log.push(i + '=' + v)
  if (i === 0) { a.push(99); delete a[3] }
})
console.log(r, log, a)
let count = 0
;[].forEach(() => count++)
console.log(count)

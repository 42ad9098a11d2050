const log = []
const c = (v) => { log.push('case ' + v); return v }
switch (3) {
  case c(1): log.push('body 1')
  case c(3): log.push('body 3')
  case c(4): log.push('body 4'); break
  case c(5): log.push('body 5')
}
console.log(log)

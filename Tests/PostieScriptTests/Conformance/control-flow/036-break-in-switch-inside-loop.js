const log = []
for (let i = 0; i < 4; i++) {
  switch (i) {
    case 1: continue
    case 2: break
    default: log.push('default ' + i)
  }
  log.push('after switch ' + i)
}
console.log(log)

function f(v) {
  const log = []
  switch (v) {
    case 1: log.push('one')
    default: log.push('default')
    case 2: log.push('two'); break
    case 3: log.push('three')
  }
  return log
}
console.log(f(1), f(2), f(3), f(99))

function f() {
  const log = []
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) return log.concat('returned at ' + i)
    } finally {
      log.push('finally ' + i)
    }
  }
  return log
}
console.log(f())

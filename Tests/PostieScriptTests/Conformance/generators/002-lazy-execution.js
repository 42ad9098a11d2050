const log = []
function* gen() { log.push('started'); yield 'a'; log.push('resumed'); yield 'b'; log.push('finished') }
const g = gen()
log.push('created')
g.next()
log.push('after first next')
g.next(); g.next()
console.log(log)

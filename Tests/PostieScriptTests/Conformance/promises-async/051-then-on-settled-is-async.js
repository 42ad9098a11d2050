const log = []
const p = Promise.resolve('done')
p.then(() => log.push('then on already-resolved'))
log.push('after then registration')
setTimeout(() => console.log(log), 0)

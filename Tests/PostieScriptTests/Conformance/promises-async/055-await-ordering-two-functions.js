const log = []
async function a() { log.push('a1'); await null; log.push('a2'); await null; log.push('a3') }
async function b() { log.push('b1'); await null; log.push('b2'); await null; log.push('b3') }
a(); b()
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2'))
setTimeout(() => console.log(log.join(' ')), 0)

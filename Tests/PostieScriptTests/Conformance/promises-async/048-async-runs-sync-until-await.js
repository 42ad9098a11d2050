const log = []
async function f() {
  log.push('f start')
  await 0
  log.push('f resumed')
}
async function g() { log.push('g no await') }
f()
g()
log.push('sync end')
setTimeout(() => console.log(log), 0)

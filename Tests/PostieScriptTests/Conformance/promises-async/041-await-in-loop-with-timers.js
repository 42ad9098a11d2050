const delay = ms => new Promise(r => setTimeout(r, ms))
async function run() {
  for (const ms of [150, 5, 10]) {
    await delay(ms)
    console.log('waited', ms)
  }
  return 'loop finished'
}
run().then(console.log)
setTimeout(() => console.log('independent 50ms timer'), 50)

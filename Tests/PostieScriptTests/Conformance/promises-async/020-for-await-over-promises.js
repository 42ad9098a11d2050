const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms))
async function main() {
  const promises = [delay(20, 'first (slow)'), delay(5, 'second (fast)'), 'third (plain)']
  for await (const v of promises) console.log('got', v)
  console.log('loop done')
}
main().then(() => console.log('main resolved'))

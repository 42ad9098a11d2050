const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms))
function withTimeout(p, ms) {
  return Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error('timeout after ' + ms)), ms))])
}
withTimeout(delay(20, 'fast result'), 200).then(v => console.log('ok:', v))
withTimeout(delay(300, 'slow result'), 100).catch(e => console.log('failed:', e.message))

const delay = (ms, label) => new Promise(r => setTimeout(() => { console.log('done', label); r(label) }, ms))
async function sequential() {
  const a = await delay(100, 'seq-a')
  const b = await delay(50, 'seq-b')
  return [a, b]
}
async function parallel() {
  return Promise.all([delay(300, 'par-a'), delay(30, 'par-b')])
}
sequential().then(r => console.log('sequential result', r))
parallel().then(r => console.log('parallel result', r))

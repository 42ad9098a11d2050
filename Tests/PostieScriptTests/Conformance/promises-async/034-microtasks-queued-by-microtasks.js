setTimeout(() => console.log('timeout'), 0)
let depth = 0
function spawn() {
  depth++
  if (depth < 5) queueMicrotask(spawn)
  else console.log('microtask depth reached', depth)
}
queueMicrotask(spawn)
Promise.resolve().then(() => Promise.resolve().then(() => console.log('nested then')))

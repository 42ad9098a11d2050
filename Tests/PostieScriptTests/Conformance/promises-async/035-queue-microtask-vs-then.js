queueMicrotask(() => console.log('qm 1'))
Promise.resolve().then(() => console.log('then 1'))
queueMicrotask(() => console.log('qm 2'))
Promise.resolve().then(() => console.log('then 2'))
console.log(typeof queueMicrotask, queueMicrotask.length)
try { queueMicrotask('not a function') } catch (e) { console.log(e.name) }

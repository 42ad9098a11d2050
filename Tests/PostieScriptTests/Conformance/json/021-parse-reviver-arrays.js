const keys = []
const r = JSON.parse('[10, [20, 30], 40]', (k, v) => { keys.push(typeof k + ' ' + k); return Array.isArray(v) ? v : v + 1 })
console.log(r, keys)
const dropped = JSON.parse('[1, 2, 3]', (k, v) => (k === '1' ? undefined : v))
console.log(dropped, 1 in dropped, dropped.length)

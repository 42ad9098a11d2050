const data = { name: 'x', secret: 'hide', n: 2, nested: { secret: 'deep', keep: true }, list: [1, 'two'] }
console.log(JSON.stringify(data, (k, v) => (k === 'secret' ? undefined : v)))
console.log(JSON.stringify(data, (k, v) => (typeof v === 'number' ? v * 100 : v)))
console.log(JSON.stringify([1, 2, 3], (k, v) => (k === '1' ? undefined : v)))
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === '' ? { replaced: true } : v)))
console.log(JSON.stringify({ a: 1 }, () => undefined))

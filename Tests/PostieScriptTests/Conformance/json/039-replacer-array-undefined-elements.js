const arr = [1, undefined, 3]
console.log(JSON.stringify(arr, (k, v) => (v === undefined ? 'was undefined' : v)))
console.log(JSON.stringify({ x: [function () {}, Symbol('s')] }, null, 1))
console.log(JSON.stringify([1, 2], (k, v) => (k === '0' ? function () {} : v)))
console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === 'b' ? [v, undefined] : v)))

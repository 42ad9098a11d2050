let calls = 0
const src = { get val() { calls++; return 'computed ' + calls } }
const copy = { ...src }
console.log(copy, calls)
console.log(typeof Object.getOwnPropertyDescriptor(copy, 'val').get)
console.log(copy.val, copy.val, calls)

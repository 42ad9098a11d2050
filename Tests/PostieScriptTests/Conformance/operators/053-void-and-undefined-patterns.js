const obj = { undefined: 'key named undefined' }
console.log(obj[undefined], obj[void 0])
const arr = [void 0, undefined, , null]
console.log(arr.map(v => v === undefined), 2 in arr)
console.log(String(void 0), JSON.stringify([void 0]), typeof void void 0)

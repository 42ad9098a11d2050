let calls = 0
console.log(void 0, void 'x', void (calls++))
console.log(calls)
console.log(void function () { return 1 }())
console.log(typeof void 0, void 0 === undefined)
console.log([1, 2].map(x => void x))

const o = { [Symbol.toStringTag]: 'Custom' }
console.log(Object.prototype.toString.call(o), String(o), `${o}`)
const getterTag = { get [Symbol.toStringTag]() { return 'Dyn' + 1 } }
console.log(Object.prototype.toString.call(getterTag))
const nonString = { [Symbol.toStringTag]: 42 }
console.log(Object.prototype.toString.call(nonString))
const arr = []
arr[Symbol.toStringTag] = 'NotArray'
console.log(Object.prototype.toString.call(arr))

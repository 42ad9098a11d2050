const o = { visible: 1 }
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false })
console.log(o, Object.keys(o))
const arr = [1]
Object.defineProperty(arr, 'meta', { value: 'm', enumerable: false })
console.log(arr)
class WithProto { method() {} }
WithProto.prototype.protoProp = 'on prototype'
console.log(new WithProto())

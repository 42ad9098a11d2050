const arr = [1]
console.log(arr.propertyIsEnumerable(0), arr.propertyIsEnumerable('length'))
const child = Object.create({ inherited: 1 })
child.own = 1
console.log(child.propertyIsEnumerable('own'), child.propertyIsEnumerable('inherited'))
const o = {}
Object.defineProperty(o, 'hidden', { value: 1 })
console.log(o.propertyIsEnumerable('hidden'), Math.propertyIsEnumerable('PI'))

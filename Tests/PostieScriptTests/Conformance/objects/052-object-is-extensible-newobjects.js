console.log(Object.isExtensible({}), Object.isExtensible([]), Object.isExtensible(function () {}))
const o = { a: 1 }
Object.freeze(o)
console.log(Object.isExtensible(o), Object.getOwnPropertyDescriptor(o, 'a'))
const sealed = Object.seal({ b: 2 })
console.log(Object.getOwnPropertyDescriptor(sealed, 'b'))

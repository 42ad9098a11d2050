const o = { data: 1, get acc() { return 2 } }
console.log(Object.getOwnPropertyDescriptors(o))
console.log(Object.getOwnPropertyDescriptor([1], 'length'))
console.log(Object.getOwnPropertyDescriptor(function named() {}, 'name'))
console.log(Object.getOwnPropertyDescriptor('abc', 0))
console.log(Object.getOwnPropertyDescriptor(o, 'missing'))

function add(a, b, c) { return a + b + c }
const add1 = add.bind(null, 1)
const add12 = add.bind(null, 1, 2)
const over = add.bind(null, 1, 2, 3, 4)
console.log(add1(2, 3), add12(3), over())
console.log(add1.name, add1.length, add12.length, over.length)
const bb = add1.bind(null, 2)
console.log(bb.name, bb.length, bb(10))

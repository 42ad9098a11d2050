console.log(Math.E, Math.LN10, Math.LN2, Math.LOG10E)
console.log(Math.LOG2E, Math.PI, Math.SQRT1_2, Math.SQRT2)
const d = Object.getOwnPropertyDescriptor(Math, 'PI')
console.log(d.writable, d.enumerable, d.configurable)
Math.PI = 3
console.log(Math.PI, Math[Symbol.toStringTag], typeof Math)

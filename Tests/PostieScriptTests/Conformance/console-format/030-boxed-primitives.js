console.log(new Number(5), new String('ab'), new Boolean(false))
console.log(Object(Symbol('s')), [new Number(-0)], { s: new String('') })
const boxed = new String('hi')
boxed.extra = 1
console.log(boxed)
console.log(new Number(NaN), new Boolean(true))

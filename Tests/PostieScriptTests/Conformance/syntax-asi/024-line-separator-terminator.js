const src = 'function f() { return' + String.fromCharCode(0x2028) + ' 1 }; f()'
console.log(eval(src))
const src2 = 'var a = 1' + String.fromCharCode(0x2029) + 'var b = 2; a + b'
console.log(eval(src2))
const src3 = 'var c = 3' + '\r' + 'c * 2'
console.log(eval(src3))

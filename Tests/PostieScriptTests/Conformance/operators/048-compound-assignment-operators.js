let a = 10
a **= 2; console.log(a)
a %= 7; console.log(a)
a <<= 3; console.log(a)
a >>= 1; console.log(a)
let b = -16
b >>>= 28; console.log(b)
b &= 6; console.log(b)
b |= 9; console.log(b)
b ^= 15; console.log(b)
let c = 7
c /= 2; c -= 0.5; console.log(c)

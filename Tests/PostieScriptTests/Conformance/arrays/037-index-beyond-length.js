const a = []
a[5] = 'x'
console.log(a.length, a)
a['7'] = 'string index'
console.log(a.length)
a['08'] = 'not index'
a[-1] = 'negative'
a[1.5] = 'fractional'
console.log(a.length, Object.keys(a))
a[2 ** 32 - 1] = 'too big'
console.log(a.length)

const a = ['zero', 'one', 'two']
console.log(a['1'], a['01'], a[1.0], a['1.0'], a[-1])
a['2'] = 'TWO'
a['02'] = 'zero-two'
console.log(a, a.length)
console.log(Object.keys(a))

const w = new String('ab')
console.log(typeof w, w.length, w[0], w instanceof String, w == 'ab', w === 'ab')
console.log(Object.keys(w), JSON.stringify(w), w.valueOf() === 'ab', typeof w.valueOf())
w.extra = 'prop'
console.log(w.extra, Object.keys(w), String(w))
console.log(new String('ab') == new String('ab'), typeof String('ab'))

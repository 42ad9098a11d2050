const a = [1, 2, 3]
const r = a.reverse()
console.log(r, a, r === a)
const holes = [1, , 3, , ]
console.log(holes.reverse(), holes.length)
console.log(['x'].reverse(), [].reverse())
const o = { length: 3, 0: 'a', 2: 'c' }
console.log(Array.prototype.reverse.call(o))

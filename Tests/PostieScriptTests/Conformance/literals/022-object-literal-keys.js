const o = { 1e3: 'a', 0x10: 'b', 1.50: 'c', .5: 'd', 'str': 'e', 007: 'f', 1_0: 'g' }
console.log(Object.keys(o))
const p = { if: 1, class: 2, new: 3, typeof: 4, null: 5, true: 6 }
console.log(p.if + p.class + p.new + p.typeof + p.null + p.true)
const q = { a: 1, b: 2, }
console.log(Object.keys(q).length)

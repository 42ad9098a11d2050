function* gen(a, b) { yield arguments.length; yield this && this.tag; yield a + b }
console.log([...gen(1, 2, 3)])
const obj = { tag: 'obj', gen }
const it = obj.gen(1, 1)
console.log(it.next().value, it.next().value, it.next().value)
function* withDefaults(x = 'default') { yield x }
console.log(withDefaults().next().value, withDefaults.length)

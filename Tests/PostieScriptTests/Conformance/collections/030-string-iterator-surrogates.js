const it = 'a😀\ud800b'[Symbol.iterator]()
const parts = []
let step
while (!(step = it.next()).done) parts.push(step.value.length)
console.log(parts, step)
console.log(typeof String.prototype[Symbol.iterator], [...'👍🏽'].map(c => c.codePointAt(0).toString(16)))
